using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Export;
using IntercomPS.Engine.Models;
using IntercomPS.Sandbox;
using static IntercomPS.Engine.Tests.Export.ExportTestKit;

namespace IntercomPS.Engine.Tests.Export
{
    public class ExporterTests
    {
        private static ExportRequest Request(string path, ExportMode mode = ExportMode.New, int throttle = 1) => new ExportRequest
        {
            Path = path,
            Mode = mode,
            Since = Since,
            Until = Until,
            ChunkDays = 1,
            ThrottleLimit = throttle,
            PageSize = 50,
        };

        [Fact]
        public async Task Json_lines_hold_each_conversation_once_exactly_as_the_api_sent_it()
        {
            using var kit = await StartAsync();
            var path = kit.PathOf("all.jsonl");

            var result = await IntercomExports.Conversations(kit.Connection).RunAsync(Request(path, throttle: 3), null, null, CancellationToken.None);

            var truth = kit.Truth(Since, Until);
            Assert.True(truth.Count > 500);
            AssertExactly(truth, IdsOfJsonLines(path));
            Assert.True(result.Complete);
            Assert.Equal(truth.Count, result.RecordsWritten);
            Assert.Equal(truth.Count, result.RecordsInFile);
            Assert.Equal(20, result.WindowsTotal);
            Assert.Equal(20, result.WindowsCompleted);
            Assert.Equal(new FileInfo(path).Length, result.FileSize);
            Assert.Equal(Until, result.HighWaterMark);

            // Verbatim: a line is the object as GET /conversations/{id}... would not be (search omits parts), so compare
            // with the search response itself, re-read through the same reader with the raw text kept.
            var first = File.ReadLines(path).First();
            var id = JsonDocument.Parse(first).RootElement.GetProperty("id").GetString()!;
            var search = await kit.Connection.Client.SendAsync(new Engine.Transport.ApiRequest(System.Net.Http.HttpMethod.Post, "conversations/search")
            {
                JsonBody = Encoding.UTF8.GetBytes("{\"query\":{\"field\":\"id\",\"operator\":\"=\",\"value\":\"" + id + "\"}}"),
            }, CancellationToken.None);
            Assert.Contains(first, Encoding.UTF8.GetString(search.Body));
        }

        [Fact]
        public async Task A_large_window_read_with_others_at_once_is_committed_whole_never_as_parts()
        {
            // One 20-day window of some 800 conversations in pages of 10, 4 fetch slots: a plain read would split it.
            using var kit = await StartAsync();
            var path = kit.PathOf("one-window.jsonl");
            var request = Request(path, throttle: 4);
            request.ChunkDays = 30;
            request.PageSize = 10;

            var result = await IntercomExports.Conversations(kit.Connection).RunAsync(request, null, null, CancellationToken.None);

            // The checkpoint records windows by their start: a part would be a window it never planned.
            Assert.Equal(1, result.WindowsTotal);
            Assert.Equal(1, result.WindowsCompleted);
            Assert.True(result.Complete);
            AssertExactly(kit.Truth(Since, Until), IdsOfJsonLines(path));
        }

        [Fact]
        public async Task An_existing_file_without_a_mode_is_an_error_and_stays_untouched()
        {
            using var kit = await StartAsync(conversations: 100);
            var path = kit.PathOf("existing.jsonl");
            File.WriteAllText(path, "precious\n");
            var written = new DateTime(2025, 5, 5, 5, 5, 5, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(path, written);
            var before = File.ReadAllBytes(path);

            var error = await Assert.ThrowsAsync<ExportException>(() =>
                IntercomExports.Conversations(kit.Connection).RunAsync(Request(path), null, null, CancellationToken.None));

            Assert.Equal(ExportErrorKind.TargetExists, error.Kind);
            // The engine names its own settings; a front end has them in its words.
            Assert.Contains("or Mode = Overwrite to replace it", error.Message);
            Assert.Contains("Use --resume to continue", error.InTermsOf(new FlagTerms()).Message);
            Assert.Equal(before, File.ReadAllBytes(path));
            Assert.Equal(written, File.GetLastWriteTimeUtc(path));
            Assert.False(File.Exists(ExportCheckpoint.PathFor(path)));
            Assert.Equal(0, kit.Sandbox.Log.Count("POST /conversations/search"));
        }

        [Theory]
        [InlineData(1, 11)]
        [InlineData(4, 23)]
        public async Task Cancelled_at_random_windows_and_resumed_the_file_ends_with_exactly_the_truth(int throttle, int seed)
        {
            using var kit = await StartAsync();
            var path = kit.PathOf("cancelled.jsonl");
            var random = new Random(seed);
            var exporter = IntercomExports.Conversations(kit.Connection);
            var mode = ExportMode.New;
            var interruptions = 0;
            ExportResult? result = null;
            for (var attempt = 0; attempt < 30 && result == null; attempt++)
            {
                using var stop = new CancellationTokenSource();
                var stopAfter = random.Next(1, 12);
                var reports = 0;
                try
                {
                    result = await exporter.RunAsync(Request(path, mode, throttle), _ => { if (++reports == stopAfter) stop.Cancel(); }, null, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    interruptions++;
                    // Whatever the instant, the file holds only whole lines of committed windows.
                    Assert.Equal(new FileInfo(path).Length, ReadCheckpoint(path).CommittedLength);
                    IdsOfJsonLines(path);
                }
                mode = ExportMode.Resume;
            }

            Assert.NotNull(result);
            Assert.True(interruptions >= 2, $"only {interruptions} interruptions");
            Assert.True(result!.Complete);
            AssertExactly(kit.Truth(Since, Until), IdsOfJsonLines(path));
        }

        [Fact]
        public async Task A_torn_uncommitted_tail_is_cut_off_before_resuming()
        {
            using var kit = await StartAsync();
            var path = kit.PathOf("torn.jsonl");
            var exporter = IntercomExports.Conversations(kit.Connection);
            using (var stop = new CancellationTokenSource())
            {
                var reports = 0;
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                    exporter.RunAsync(Request(path), _ => { if (++reports == 15) stop.Cancel(); }, null, stop.Token));
            }
            var committed = new FileInfo(path).Length;
            var someCommittedLine = File.ReadLines(path).First();
            // What a process killed mid-window leaves: a whole record written after the commit, and half of another.
            File.AppendAllText(path, someCommittedLine + "\n" + someCommittedLine.Substring(0, someCommittedLine.Length / 2));

            var result = await exporter.RunAsync(Request(path, ExportMode.Resume), null, null, CancellationToken.None);

            Assert.True(result.TruncatedBytes > someCommittedLine.Length);
            Assert.True(result.WindowsSkipped > 0);
            Assert.True(committed > 0);
            AssertExactly(kit.Truth(Since, Until), IdsOfJsonLines(path));
        }

        [Fact]
        public async Task A_resume_with_other_parameters_is_refused()
        {
            using var kit = await StartAsync(conversations: 300);
            var path = kit.PathOf("pinned.jsonl");
            var exporter = IntercomExports.Conversations(kit.Connection);
            await exporter.RunAsync(Request(path), null, null, CancellationToken.None);
            var before = File.ReadAllBytes(path);

            var other = Request(path, ExportMode.Resume);
            other.Since = Since.AddDays(1);
            var error = await Assert.ThrowsAsync<ExportException>(() => exporter.RunAsync(other, null, null, CancellationToken.None));
            Assert.Equal(ExportErrorKind.CheckpointMismatch, error.Kind);
            Assert.Contains("pins Since", error.Message);
            var worded = error.InTermsOf(new FlagTerms());
            Assert.Equal(ExportErrorKind.CheckpointMismatch, worded.Kind);
            Assert.Contains("pins --since", worded.Message);
            Assert.Contains("start a new export with --overwrite", worded.Message);

            var otherChunks = Request(path, ExportMode.Resume);
            otherChunks.ChunkDays = 2;
            Assert.Equal(ExportErrorKind.CheckpointMismatch, (await Assert.ThrowsAsync<ExportException>(() => exporter.RunAsync(otherChunks, null, null, CancellationToken.None))).Kind);

            var otherQuery = Request(path, ExportMode.Resume);
            otherQuery.Query = Engine.Search.SearchQuery.FromJson("{\"field\":\"state\",\"operator\":\"=\",\"value\":\"open\"}");
            Assert.Equal(ExportErrorKind.CheckpointMismatch, (await Assert.ThrowsAsync<ExportException>(() => exporter.RunAsync(otherQuery, null, null, CancellationToken.None))).Kind);

            // Leaving the range out takes it from the checkpoint; the run is complete, so nothing is added.
            var bare = new ExportRequest { Path = path, Mode = ExportMode.Resume };
            var result = await exporter.RunAsync(bare, null, null, CancellationToken.None);
            Assert.Equal(0, result.RecordsWritten);
            Assert.Equal(before, File.ReadAllBytes(path));
        }

        [Fact]
        public async Task A_failed_window_is_reported_and_fetched_again_by_the_resume()
        {
            using var kit = await StartAsync();
            var path = kit.PathOf("failing.jsonl");
            var exporter = IntercomExports.Conversations(kit.Connection);
            var failing = true;
            // Conversation search windows are sent as created_at > Start - 1 s.
            var failedWindowStart = (Since.AddDays(5).ToUnixTimeSeconds() - 1).ToString();
            kit.Sandbox.Options.Faults.Decide = request =>
                failing && request.Body != null && request.Body.Contains(failedWindowStart) && request.Body.Contains("starting_after") ? SandboxFault.ServerError500 : null;
            var reported = new List<string>();

            var request = Request(path);
            request.PageSize = 10; // several pages per window, so the failing one delivers its first page
            var first = await exporter.RunAsync(request, null, (window, _) => reported.Add(window.ToString()), CancellationToken.None);

            Assert.False(first.Complete);
            Assert.Single(first.FailedRanges);
            Assert.Equal(Since.AddDays(5), first.FailedRanges[0].Start);
            Assert.Single(reported);
            Assert.Null(first.HighWaterMark);

            failing = false;
            request.Mode = ExportMode.Resume;
            var second = await exporter.RunAsync(request, null, null, CancellationToken.None);

            Assert.True(second.Complete);
            Assert.Equal(19, second.WindowsSkipped);
            // The failed window's first page was committed; its re-read skipped those ids.
            Assert.True(second.DuplicatesSkipped > 0);
            AssertExactly(kit.Truth(Since, Until), IdsOfJsonLines(path));
        }

        [Fact]
        public async Task Incremental_runs_export_each_conversation_once_overall_as_the_workspace_grows()
        {
            using var kit = await StartAsync(conversations: 400);
            var path = kit.PathOf("daily.jsonl");
            var exporter = IntercomExports.Conversations(kit.Connection);
            var day1 = Since.AddDays(10);
            var day2 = day1.AddDays(3);
            var day3 = day2.AddDays(2);

            var first = await exporter.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Since = Since, Until = day1 }, null, null, CancellationToken.None);
            Assert.True(first.Complete);
            Assert.Equal(day1, first.HighWaterMark);

            var added = new List<string>
            {
                kit.Sandbox.AddConversation(day1),                  // on the boundary: belongs to the second run
                kit.Sandbox.AddConversation(day1.AddHours(5)),
                kit.Sandbox.AddConversation(day2.AddSeconds(-1)),
            };
            var second = await exporter.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Since = Since, Until = day2 }, null, null, CancellationToken.None);
            // Each run reads again the overlap before the previous high-water mark; what it finds there is already in the file.
            Assert.Equal(day1 - ExportRequest.DefaultOverlap, second.Since);
            Assert.Equal(day2, second.Until);
            Assert.Equal(kit.Truth(day1, day2).Count, second.RecordsWritten);

            added.Add(kit.Sandbox.AddConversation(day2.AddMinutes(1)));
            var third = await exporter.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Until = day3 }, null, null, CancellationToken.None);
            Assert.True(third.Complete);

            var ids = IdsOfJsonLines(path);
            AssertExactly(kit.Truth(Since, day3), ids);
            Assert.All(added, id => Assert.Contains(id, ids));
            Assert.Equal(day3, ReadCheckpoint(path).HighWaterMark);
        }

        [Fact]
        public async Task An_interrupted_incremental_run_is_completed_by_the_next_one()
        {
            using var kit = await StartAsync(conversations: 600);
            var path = kit.PathOf("daily-interrupted.jsonl");
            var exporter = IntercomExports.Conversations(kit.Connection);
            await exporter.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Since = Since, Until = Since.AddDays(5) }, null, null, CancellationToken.None);
            using (var stop = new CancellationTokenSource())
            {
                var reports = 0;
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => exporter.RunAsync(
                    new ExportRequest { Path = path, Mode = ExportMode.Incremental, Until = Since.AddDays(15), PageSize = 20 },
                    _ => { if (++reports == 12) stop.Cancel(); }, null, stop.Token));
            }
            Assert.Equal(Since.AddDays(5), ReadCheckpoint(path).HighWaterMark);

            var next = await exporter.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Until = Since.AddDays(20) }, null, null, CancellationToken.None);

            Assert.Equal(Since.AddDays(5) - ExportRequest.DefaultOverlap, next.Since);
            Assert.True(next.Complete);
            AssertExactly(kit.Truth(Since, Since.AddDays(20)), IdsOfJsonLines(path));
        }

        [Fact]
        public async Task Csv_has_core_columns_then_sorted_custom_attribute_columns_and_resumes_exactly()
        {
            using var kit = await StartAsync();
            var path = kit.PathOf("all.csv");
            var exporter = IntercomExports.Conversations(kit.Connection);
            var request = Request(path);
            request.Format = ExportFormat.Csv;
            using (var stop = new CancellationTokenSource())
            {
                var reports = 0;
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => exporter.RunAsync(request, _ => { if (++reports == 9) stop.Cancel(); }, null, stop.Token));
            }
            request.Mode = ExportMode.Resume;
            var result = await exporter.RunAsync(request, null, null, CancellationToken.None);
            Assert.True(result.Complete);

            var bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
            var records = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
            var header = records[0];
            Assert.Equal("id", header[0]);
            Assert.Equal(new[] { "created_at", "updated_at", "state" }, header.Skip(1).Take(3));
            var custom = header.Where(h => h.StartsWith("ca_", StringComparison.Ordinal)).ToList();
            Assert.Contains("ca_issue_type", custom);
            Assert.Contains("ca_order_count", custom);
            Assert.Contains("ca_vip", custom);
            Assert.Equal(custom.OrderBy(c => c, StringComparer.Ordinal), custom);
            Assert.Equal(header.Length - custom.Count, header.ToList().FindIndex(h => h.StartsWith("ca_", StringComparison.Ordinal)));
            Assert.All(records, r => Assert.Equal(header.Length, r.Length));
            AssertExactly(kit.Truth(Since, Until), records.Skip(1).Select(r => r[0]).ToList());
            Assert.All(records.Skip(1), r => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", r[1]));
        }

        [Fact]
        public async Task Contacts_export_to_json_lines()
        {
            using var kit = await StartAsync(conversations: 50);
            var path = kit.PathOf("contacts.jsonl");
            var request = new ExportRequest { Path = path, Since = Since, Until = Since.AddDays(30), ChunkDays = 7 };

            var result = await IntercomExports.Contacts(kit.Connection).RunAsync(request, null, null, CancellationToken.None);

            Assert.True(result.Complete);
            AssertExactly(kit.Sandbox.ContactIdsCreatedIn(Since, Since.AddDays(30)), IdsOfJsonLines(path));
        }

        [Fact]
        public async Task A_file_killed_before_its_first_checkpoint_is_started_over_by_incremental_and_resume()
        {
            using var kit = await StartAsync(conversations: 200);
            var exporter = IntercomExports.Conversations(kit.Connection);
            var empty = kit.PathOf("empty.jsonl");
            File.WriteAllBytes(empty, new byte[0]);
            var headerOnly = kit.PathOf("header.csv");
            File.WriteAllText(headerOnly, "id,created_at\r\n", new UTF8Encoding(true));
            var kept = kit.PathOf("kept.jsonl");
            File.WriteAllText(kept, "{\"id\":\"1\"}\n");

            var incremental = await exporter.RunAsync(new ExportRequest { Path = empty, Mode = ExportMode.Incremental, Since = Since, Until = Until }, null, null, CancellationToken.None);
            var resumed = await exporter.RunAsync(new ExportRequest { Path = headerOnly, Format = ExportFormat.Csv, Mode = ExportMode.Resume, Since = Since, Until = Until }, null, null, CancellationToken.None);
            var refused = await Assert.ThrowsAsync<ExportException>(() =>
                exporter.RunAsync(new ExportRequest { Path = kept, Mode = ExportMode.Incremental, Since = Since, Until = Until }, null, null, CancellationToken.None));

            Assert.True(incremental.Complete && resumed.Complete);
            AssertExactly(kit.Truth(Since, Until), IdsOfJsonLines(empty));
            AssertExactly(kit.Truth(Since, Until), ParseCsv(File.ReadAllText(headerOnly)).Skip(1).Select(r => r[0]).ToList());
            Assert.Equal(ExportErrorKind.CheckpointMissing, refused.Kind);
            Assert.Equal("{\"id\":\"1\"}\n", File.ReadAllText(kept));
        }

        private static ExportCheckpoint ReadCheckpoint(string path) => ExportCheckpoint.TryLoad(ExportCheckpoint.PathFor(path))!;

        /// <summary>An RFC 4180 reader, written independently of the exporter's.</summary>
        private static List<string[]> ParseCsv(string text)
        {
            var records = new List<string[]>();
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else field.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                else if (c == '\r') { }
                else if (c == '\n') { fields.Add(field.ToString()); field.Clear(); records.Add(fields.ToArray()); fields.Clear(); }
                else field.Append(c);
            }
            Assert.True(field.Length == 0 && fields.Count == 0, "the CSV ends in a torn record");
            return records;
        }
    }

    /// <summary>A front end that names the export's settings as command-line flags.</summary>
    internal sealed class FlagTerms : ExportTerms
    {
        public override string Name(ExportTerm term) => "--" + term.ToString().ToLowerInvariant();
    }
}
