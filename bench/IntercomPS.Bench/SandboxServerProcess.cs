using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using IntercomPS.Sandbox;

namespace IntercomPS.Bench
{
    /// <summary>What a scenario's sandbox holds and how it answers; sent to the server process as arguments.</summary>
    internal sealed class SandboxSpec
    {
        public static readonly DateTimeOffset RangeStart = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public int Conversations { get; init; }
        public int Days { get; init; } = 1;
        public int RateLimitPerMinute { get; init; }
        public TimeSpan SearchLatency { get; init; }
        public int Contacts { get; init; }
        public TimeSpan ContactLatency { get; init; }

        public IEnumerable<string> ToArguments() => new[]
        {
            "--conversations", Conversations.ToString(CultureInfo.InvariantCulture),
            "--days", Days.ToString(CultureInfo.InvariantCulture),
            "--rate", RateLimitPerMinute.ToString(CultureInfo.InvariantCulture),
            "--search-latency-ms", SearchLatency.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
            "--contacts", Contacts.ToString(CultureInfo.InvariantCulture),
            "--contact-latency-ms", ContactLatency.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
        };

        public static SandboxSpec FromOptions(IReadOnlyDictionary<string, string> options) => new SandboxSpec
        {
            Conversations = int.Parse(options["conversations"], CultureInfo.InvariantCulture),
            Days = int.Parse(options["days"], CultureInfo.InvariantCulture),
            RateLimitPerMinute = int.Parse(options["rate"], CultureInfo.InvariantCulture),
            SearchLatency = TimeSpan.FromMilliseconds(double.Parse(options["search-latency-ms"], CultureInfo.InvariantCulture)),
            Contacts = int.Parse(options["contacts"], CultureInfo.InvariantCulture),
            ContactLatency = TimeSpan.FromMilliseconds(double.Parse(options["contact-latency-ms"], CultureInfo.InvariantCulture)),
        };

        public SandboxOptions ToSandboxOptions()
        {
            var options = new SandboxOptions
            {
                ConversationCount = Conversations,
                ContactCount = Contacts,
                RangeStart = RangeStart,
                RangeEnd = RangeStart.AddDays(Days),
                RateLimitPerMinute = RateLimitPerMinute,
                // Sized for a log of recent requests, not a million of them.
                LogCapacity = 10_000,
            };
            if (SearchLatency > TimeSpan.Zero) options.Faults.LatencyPerRoute[SandboxRoutes.SearchConversations] = SearchLatency;
            if (ContactLatency > TimeSpan.Zero) options.Faults.LatencyPerRoute[SandboxRoutes.GetContact] = ContactLatency;
            return options;
        }
    }

    /// <summary>
    /// The sandbox in a process of its own (this program with --child serve), so that no peer shares its CPU or its
    /// garbage collector with the server. The benchmark asks it, over its standard input, for the truth (how many
    /// conversations a range holds) and for its request log between runs.
    /// </summary>
    internal sealed class SandboxServerProcess : IDisposable
    {
        private readonly Process _process;
        private readonly System.Text.StringBuilder _errors = new System.Text.StringBuilder();

        public SandboxServerProcess(SandboxSpec spec)
        {
            _process = ChildProcess.StartSelf(new[] { "--child", "serve" }.Concat(spec.ToArguments()));
            // Drained as it comes, so that a chatty server never blocks on a full pipe; kept for the failure message.
            _process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data != null) lock (_errors) _errors.AppendLine(e.Data);
            };
            _process.BeginErrorReadLine();
            var ready = Ask(null);
            BaseUri = new Uri(ready.GetProperty("baseUri").GetString()!);
            Token = ready.GetProperty("token").GetString()!;
        }

        public Uri BaseUri { get; }

        public string Token { get; }

        public int Pid => _process.Id;

        public long CountConversations(DateTimeOffset since, DateTimeOffset until) =>
            Ask($"count {since.ToUnixTimeSeconds()} {until.ToUnixTimeSeconds()}").GetProperty("value").GetInt64();

        public IReadOnlyList<string> ContactIds(int count) =>
            Ask($"contact-ids {count}").GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToArray();

        public void ClearLog() => Ask("clear");

        public (int Requests, int PeakConcurrency) Stats(string route)
        {
            var stats = Ask("stats " + route);
            return (stats.GetProperty("requests").GetInt32(), stats.GetProperty("peak").GetInt32());
        }

        private JsonElement Ask(string? command)
        {
            if (command != null)
            {
                _process.StandardInput.WriteLine(command);
                _process.StandardInput.Flush();
            }
            while (true)
            {
                var line = _process.StandardOutput.ReadLine() ?? throw new BenchmarkFailure("The sandbox server process exited: " + ErrorText());
                if (line.StartsWith(ChildProcess.ResultPrefix, StringComparison.Ordinal))
                {
                    return JsonDocument.Parse(line.Substring(ChildProcess.ResultPrefix.Length)).RootElement.Clone();
                }
            }
        }

        private string ErrorText()
        {
            lock (_errors) return _errors.ToString();
        }

        public void Dispose()
        {
            try
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(10_000)) _process.Kill(entireProcessTree: true);
            }
            finally
            {
                _process.Dispose();
            }
        }

        /// <summary>The server side (--child serve): serves until its standard input closes.</summary>
        public static int Serve(IReadOnlyDictionary<string, string> options)
        {
            var spec = SandboxSpec.FromOptions(options);
            using var workspace = new SandboxWorkspace(spec.ToSandboxOptions());
            using var server = workspace.StartServer();
            ChildModes.Print(new { baseUri = server.BaseUri.ToString(), token = workspace.Options.AccessToken });
            string? line;
            while ((line = Console.In.ReadLine()) != null)
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                switch (parts.Length == 0 ? string.Empty : parts[0])
                {
                    case "count":
                        var since = DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[1], CultureInfo.InvariantCulture));
                        var until = DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[2], CultureInfo.InvariantCulture));
                        ChildModes.Print(new { value = workspace.ConversationIdsCreatedIn(since, until).Count });
                        break;
                    case "contact-ids":
                        ChildModes.Print(new { ids = Enumerable.Range(0, int.Parse(parts[1], CultureInfo.InvariantCulture)).Select(workspace.ContactIdAt).ToArray() });
                        break;
                    case "clear":
                        workspace.Log.Clear();
                        ChildModes.Print(new { });
                        break;
                    case "stats":
                        // A route is a method and a path ("GET /contacts/{id}"): the rest of the line.
                        ChildModes.Print(new { requests = workspace.Log.Count(line.Substring("stats ".Length)), peak = workspace.Log.MaxConcurrency });
                        break;
                    default:
                        Console.Error.WriteLine($"Unknown command '{line}'.");
                        return 2;
                }
            }
            return 0;
        }
    }
}
