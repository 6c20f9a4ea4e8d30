using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Transport;
using IntercomPS.Sandbox;

namespace IntercomPS.Engine.Tests.Resources
{
    /// <summary>
    /// The generic client's date-range lists (a list bounded by its query, read window by window) and its binary
    /// download (crash-safe file writing), against the in-process sandbox.
    /// </summary>
    public class ResourceClientRangeAndDownloadTests
    {
        private static async Task<(SandboxWorkspace Sandbox, IntercomConnection Connection)> ConnectAsync(Func<SandboxRequest, SandboxFault?>? decide = null)
        {
            var sandbox = new SandboxWorkspace(new SandboxOptions { ContactCount = 5, ConversationCount = 5, Seed = 3 });
            sandbox.Options.Faults.Decide = decide;
            var options = new IntercomClientOptions(new Uri("https://api.intercom.test/"), sandbox.Options.AccessToken)
            {
                Handler = sandbox.CreateHandler(),
                BaseRetryDelay = TimeSpan.Zero,
                MaxRetryDelay = TimeSpan.Zero,
                MaxRetries = 2,
            };
            var connection = await IntercomConnection.ConnectAsync(options, "Sandbox", new CacheSettings(), CancellationToken.None);
            return (sandbox, connection);
        }

        private sealed class Collector : IPageObserver<ActivityLog>
        {
            public List<ActivityLog> Items { get; } = new List<ActivityLog>();

            public Task OnItemsAsync(IReadOnlyList<ActivityLog> items, CancellationToken cancellationToken)
            {
                Items.AddRange(items);
                return Task.CompletedTask;
            }

            public void OnWindowFailed(DateWindow window, Exception error) => throw error;

            public Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken) => Task.CompletedTask;

            public void OnProgress(ReadProgress progress) { }
        }

        [Fact]
        public async Task A_date_range_list_sends_each_window_bounds_and_keeps_each_item_once_in_its_window()
        {
            var (sandbox, connection) = await ConnectAsync();
            using (sandbox)
            using (connection)
            {
                // The sandbox answers every window with the description's example logs (created 2024-12-18), whatever
                // the bounds: only the window holding them may keep them, and each only once.
                var since = new DateTimeOffset(2024, 12, 10, 0, 0, 0, TimeSpan.Zero);
                var request = new SearchRequest { Since = since, Until = since.AddDays(14), ChunkDays = 1, ThrottleLimit = 3, PageSize = 50 };
                var collector = new Collector();
                var result = await connection.Resources.ListRangeAsync(IntercomResources.AdminActivityLogs, request, collector, CancellationToken.None);

                Assert.NotNull(result);
                Assert.Empty(result!.FailedWindows);
                var ids = collector.Items.Select(item => item.Id).ToList();
                Assert.NotEmpty(ids);
                Assert.Equal(ids.Distinct().Count(), ids.Count);
                Assert.All(collector.Items, item => Assert.InRange(item.CreatedAt!.Value, since, since.AddDays(14)));
                var queries = sandbox.Log.Entries.Where(entry => entry.Route == "GET /admins/activity_logs").Select(entry => entry.Query ?? string.Empty).ToList();
                Assert.Equal(14, queries.Count);
                Assert.Contains(queries, query => query.Contains("created_at_after=" + (since.ToUnixTimeSeconds() - 1)) && query.Contains("created_at_before=" + since.AddDays(1).ToUnixTimeSeconds()));
            }
        }

        [Fact]
        public async Task A_download_that_fails_leaves_the_existing_file_whole_and_no_temporary_file()
        {
            var route = IntercomResources.DataExports.Action("download").Route;
            var (sandbox, connection) = await ConnectAsync(request => request.Route == route ? SandboxFault.ServerError500 : (SandboxFault?)null);
            var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "intercomps-download-" + Guid.NewGuid().ToString("N"))).FullName;
            try
            {
                using (sandbox)
                using (connection)
                {
                    var path = Path.Combine(folder, "export.csv.gz");
                    File.WriteAllText(path, "previous export");
                    var values = PathValues.Of("job_identifier", "job1");
                    await Assert.ThrowsAnyAsync<IntercomApiException>(() =>
                        connection.Resources.DownloadAsync(IntercomResources.DataExports.Action("download"), values, path, CancellationToken.None));
                    Assert.Equal("previous export", File.ReadAllText(path));
                    Assert.Single(Directory.GetFiles(folder));
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public async Task A_download_replaces_the_existing_file_and_leaves_no_temporary_file()
        {
            var (sandbox, connection) = await ConnectAsync();
            var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "intercomps-download-" + Guid.NewGuid().ToString("N"))).FullName;
            try
            {
                using (sandbox)
                using (connection)
                {
                    var path = Path.Combine(folder, "export.csv.gz");
                    File.WriteAllText(path, "previous export, longer than what the sandbox answers");
                    var job = await connection.Resources.SendAsync<DataExport>(IntercomResources.DataExports.Create!, null, null,
                        new Dictionary<string, object?> { ["created_at_after"] = 1, ["created_at_before"] = 2 }, CancellationToken.None);
                    var values = PathValues.Of("job_identifier", job!.JobIdentifier!);
                    var length = await connection.Resources.DownloadAsync(IntercomResources.DataExports.Action("download"), values, path, CancellationToken.None);

                    Assert.Equal(length, new FileInfo(path).Length);
                    Assert.NotEqual("previous export, longer than what the sandbox answers", File.ReadAllText(path));
                    Assert.Single(Directory.GetFiles(folder));
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
