using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Transport;
using IntercomPS.Sandbox;

namespace IntercomPS.Engine.Tests.Export
{
    /// <summary>A sandbox, a connection to it, and a scratch folder for export files.</summary>
    internal sealed class ExportTestKit : IDisposable
    {
        public static readonly DateTimeOffset Since = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public static readonly DateTimeOffset Until = new DateTimeOffset(2026, 1, 21, 0, 0, 0, TimeSpan.Zero);

        private ExportTestKit(SandboxWorkspace sandbox, IntercomConnection connection, string folder)
        {
            Sandbox = sandbox;
            Connection = connection;
            Folder = folder;
        }

        public SandboxWorkspace Sandbox { get; }

        public IntercomConnection Connection { get; }

        public string Folder { get; }

        public static async Task<ExportTestKit> StartAsync(int conversations = 1200, int maxRetries = 0)
        {
            var sandbox = new SandboxWorkspace(new SandboxOptions
            {
                ConversationCount = conversations,
                ContactCount = 300,
                RangeStart = Since,
                RangeEnd = new DateTimeOffset(2026, 1, 31, 0, 0, 0, TimeSpan.Zero),
                RateLimitPerMinute = 0,
            });
            var options = new IntercomClientOptions(new Uri("https://api.intercom.test/"), sandbox.Options.AccessToken)
            {
                Handler = sandbox.CreateHandler(),
                MaxRetries = maxRetries,
                BaseRetryDelay = TimeSpan.Zero,
            };
            var connection = await IntercomConnection.ConnectAsync(options, "Sandbox", new CacheSettings(), CancellationToken.None);
            var folder = Path.Combine(Path.GetTempPath(), "ipsexport-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new ExportTestKit(sandbox, connection, folder);
        }

        public string PathOf(string name) => Path.Combine(Folder, name);

        public IReadOnlyList<string> Truth(DateTimeOffset since, DateTimeOffset until) => Sandbox.ConversationIdsCreatedIn(since, until);

        /// <summary>The ids of a JSON Lines file, failing on any line that is not one whole JSON object.</summary>
        public static List<string> IdsOfJsonLines(string path)
        {
            var bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Length == 0 || bytes[bytes.Length - 1] == (byte)'\n', "the file ends in a torn line");
            var ids = new List<string>();
            foreach (var line in File.ReadAllLines(path))
            {
                using var document = JsonDocument.Parse(line);
                ids.Add(document.RootElement.GetProperty("id").GetString()!);
            }
            return ids;
        }

        /// <summary>Exactly the truth: every id once, none missing, none extra.</summary>
        public static void AssertExactly(IEnumerable<string> truth, IReadOnlyList<string> actual)
        {
            var duplicates = actual.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, "duplicate ids: " + string.Join(", ", duplicates.Take(10)));
            var expected = new HashSet<string>(truth);
            var missing = expected.Except(actual).ToList();
            var extra = actual.Except(expected).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                $"{missing.Count} missing ({string.Join(", ", missing.Take(5))}), {extra.Count} extra ({string.Join(", ", extra.Take(5))})");
        }

        public void Dispose()
        {
            Connection.Dispose();
            Sandbox.Dispose();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
