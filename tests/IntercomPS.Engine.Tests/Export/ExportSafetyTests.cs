using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Export;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Resources.Declarations;
using static IntercomPS.Engine.Tests.Export.ExportTestKit;

namespace IntercomPS.Engine.Tests.Export
{
    /// <summary>Issue 16: exports are exclusive, overlap the previous run, and survive one bad item; CSV cells are not formulas.</summary>
    public class ExportSafetyTests
    {
        private static ExportRequest Request(string path, ExportMode mode = ExportMode.New) => new ExportRequest
        {
            Path = path,
            Mode = mode,
            Since = Since,
            Until = Until,
            ChunkDays = 1,
            PageSize = 50,
        };

        private static ExportCheckpoint ReadCheckpoint(string path) => ExportCheckpoint.TryLoad(ExportCheckpoint.PathFor(path))!;

        [Theory]
        [InlineData(ExportMode.Overwrite)]
        [InlineData(ExportMode.Resume)]
        [InlineData(ExportMode.Incremental)]
        public async Task A_second_run_on_a_file_being_written_is_refused_naming_the_pid_and_changes_nothing(ExportMode secondMode)
        {
            using var kit = await StartAsync(conversations: 600);
            var path = kit.PathOf("exclusive.jsonl");
            var exporter = IntercomExports.Conversations(kit.Connection);
            ExportException? refused = null;
            byte[]? fileBefore = null, checkpointBefore = null, fileAfter = null, checkpointAfter = null;
            var reports = 0;

            // The second run starts while the first is between two windows (its progress callback runs on its reader).
            var first = await exporter.RunAsync(Request(path), _ =>
            {
                if (++reports != 6) return;
                fileBefore = File.ReadAllBytes(path);
                checkpointBefore = File.ReadAllBytes(ExportCheckpoint.PathFor(path));
                var second = Request(path, secondMode);
                refused = Assert.ThrowsAsync<ExportException>(() => exporter.RunAsync(second, null, null, CancellationToken.None)).GetAwaiter().GetResult();
                fileAfter = File.ReadAllBytes(path);
                checkpointAfter = File.ReadAllBytes(ExportCheckpoint.PathFor(path));
            }, null, CancellationToken.None);

            Assert.NotNull(refused);
            Assert.Equal(ExportErrorKind.FileInUse, refused!.Kind);
            Assert.Contains($"Another export is writing '{Path.GetFullPath(path)}' (pid {System.Diagnostics.Process.GetCurrentProcess().Id})", refused.Message);
            Assert.Equal(fileBefore, fileAfter);
            Assert.Equal(checkpointBefore, checkpointAfter);
            Assert.True(first.Complete);
            AssertExactly(kit.Truth(Since, Until), IdsOfJsonLines(path));
            Assert.Empty(Directory.GetFiles(kit.Folder, "*.tmp"));
        }

        [Fact]
        public async Task What_a_killed_run_leaves_behind_does_not_block_the_next_run()
        {
            using var kit = await StartAsync(conversations: 300);
            var path = kit.PathOf("stale.jsonl");
            var exporter = IntercomExports.Conversations(kit.Connection);
            using (var stop = new CancellationTokenSource())
            {
                var reports = 0;
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => exporter.RunAsync(Request(path), _ => { if (++reports == 5) stop.Cancel(); }, null, stop.Token));
            }
            // A killed process leaves its lock file (the OS lock is gone with it), its owner note and a half-written
            // checkpoint temporary: none of them is a lock.
            File.WriteAllText(ExportLock.PathFor(path), "999999\n");
            File.WriteAllText(path + ExportLock.OwnerSuffix, "999999\n");
            var staleTemporary = ExportCheckpoint.PathFor(path) + ".0123456789abcdef0123456789abcdef.tmp";
            File.WriteAllText(staleTemporary, "{\"version\":");

            var resumed = await exporter.RunAsync(Request(path, ExportMode.Resume), null, null, CancellationToken.None);

            Assert.True(resumed.Complete);
            Assert.True(resumed.WindowsSkipped > 0);
            AssertExactly(kit.Truth(Since, Until), IdsOfJsonLines(path));
            Assert.False(File.Exists(staleTemporary));
            Assert.False(File.Exists(path + ExportLock.OwnerSuffix));
        }

        [Fact]
        public async Task Runs_one_after_the_other_on_one_file_are_not_blocked_by_each_other()
        {
            using var kit = await StartAsync(conversations: 200);
            var path = kit.PathOf("sequential.jsonl");
            var exporter = IntercomExports.Conversations(kit.Connection);

            await exporter.RunAsync(Request(path), null, null, CancellationToken.None);
            await exporter.RunAsync(Request(path, ExportMode.Resume), null, null, CancellationToken.None);
            var replaced = await exporter.RunAsync(Request(path, ExportMode.Overwrite), null, null, CancellationToken.None);

            Assert.True(replaced.Complete);
            AssertExactly(kit.Truth(Since, Until), IdsOfJsonLines(path));
        }

        [Fact]
        public async Task A_conversation_indexed_after_the_previous_run_is_exported_by_the_next_run_exactly_once()
        {
            using var kit = await StartAsync(conversations: 400);
            var path = kit.PathOf("lagging.jsonl");
            var exporter = IntercomExports.Conversations(kit.Connection);
            var mark1 = Since.AddDays(10);
            var mark2 = mark1.AddDays(2);
            // In the overlap and already indexed: exported by the first run, read again by the second, written once.
            var early = kit.Sandbox.AddConversation(mark1.AddMinutes(-10));

            var first = await exporter.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Since = Since, Until = mark1 }, null, null, CancellationToken.None);
            // Created a few minutes before the first run's high-water mark, but only searchable after that run.
            var late = kit.Sandbox.AddConversation(mark1.AddMinutes(-4));
            var second = await exporter.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Until = mark2 }, null, null, CancellationToken.None);
            var third = await exporter.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Until = mark2.AddDays(1) }, null, null, CancellationToken.None);

            Assert.Equal(mark1, first.HighWaterMark);
            Assert.Equal(mark1 - TimeSpan.FromMinutes(15), second.Since);
            Assert.True(second.DuplicatesSkipped >= 1, $"{second.DuplicatesSkipped} duplicates skipped");
            var ids = IdsOfJsonLines(path);
            Assert.Single(ids, late);
            Assert.Single(ids, early);
            AssertExactly(kit.Truth(Since, mark2.AddDays(1)), ids);
            Assert.True(third.Complete);
        }

        [Fact]
        public async Task Contacts_created_before_the_high_water_mark_but_indexed_after_it_are_exported_once()
        {
            using var kit = await StartAsync(conversations: 50);
            var path = kit.PathOf("contacts-lagging.jsonl");
            var exporter = IntercomExports.Contacts(kit.Connection);
            var all = kit.Sandbox.ContactIdsCreatedIn(DateTimeOffset.FromUnixTimeSeconds(0), DateTimeOffset.UtcNow.AddYears(1));
            var created = all.Select(id => (Id: id, At: ContactCreatedAt(kit, id))).OrderBy(c => c.At).ToList();
            // The high-water mark falls five minutes after a contact: a run that had ended then and not seen that
            // contact (not indexed yet) must pick it up next time; here the file is cut back to before it.
            var lagging = created[created.Count / 2];
            var mark = lagging.At.AddMinutes(5);
            var origin = created[0].At;

            await exporter.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Since = origin, Until = lagging.At }, null, null, CancellationToken.None);
            MoveHighWaterMark(path, mark);
            var next = await exporter.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Until = created[created.Count - 1].At.AddSeconds(1) }, null, null, CancellationToken.None);

            Assert.Equal(mark - ExportRequest.DefaultOverlap, next.Since);
            var ids = IdsOfJsonLines(path);
            Assert.Single(ids, lagging.Id);
            AssertExactly(kit.Sandbox.ContactIdsCreatedIn(origin, created[created.Count - 1].At.AddSeconds(1)), ids);
        }

        private static DateTimeOffset ContactCreatedAt(ExportTestKit kit, string id) =>
            kit.Connection.Contacts.GetAsync(id, CancellationToken.None).GetAwaiter().GetResult().CreatedAt!.Value;

        /// <summary>What a run that ended at <paramref name="mark"/> without having seen the records since would have left.</summary>
        private static void MoveHighWaterMark(string path, DateTimeOffset mark)
        {
            var checkpoint = ReadCheckpoint(path);
            checkpoint.HighWaterMark = mark;
            checkpoint.Run.Until = mark;
            checkpoint.Save(ExportCheckpoint.PathFor(path), DateTimeOffset.UtcNow);
        }

        [Fact]
        public async Task The_checkpoint_remembers_only_the_ids_inside_the_overlap_and_a_longer_overlap_still_writes_nothing_twice()
        {
            using var kit = await StartAsync(conversations: 1200);
            var path = kit.PathOf("bounded.jsonl");
            var exporter = IntercomExports.Conversations(kit.Connection);
            var mark = Since.AddDays(10);
            var overlap = TimeSpan.FromHours(6);

            var first = await exporter.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Since = Since, Until = mark, ChunkDays = 1, Overlap = overlap }, null, null, CancellationToken.None);

            var checkpoint = ReadCheckpoint(path);
            var inOverlap = kit.Truth(mark - overlap, mark);
            Assert.True(first.RecordsInFile > 10 * inOverlap.Count, $"{first.RecordsInFile} records, {inOverlap.Count} in the overlap");
            Assert.Equal(inOverlap.OrderBy(i => i), checkpoint.Recent.Select(r => r.Id).OrderBy(i => i));
            Assert.Equal(mark - overlap, checkpoint.RecentSince);

            // The same overlap: the remembered ids are skipped.
            var second = await exporter.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Until = mark.AddDays(1), Overlap = overlap }, null, null, CancellationToken.None);
            Assert.Equal(inOverlap.Count, second.DuplicatesSkipped);
            // Three days back is further than the checkpoint remembers: the ids are read from the file instead.
            var third = await exporter.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Until = mark.AddDays(2), Overlap = TimeSpan.FromDays(3) }, null, null, CancellationToken.None);
            Assert.True(third.DuplicatesSkipped > inOverlap.Count);
            AssertExactly(kit.Truth(Since, mark.AddDays(2)), IdsOfJsonLines(path));
        }

        [Fact]
        public async Task An_out_of_range_timestamp_in_csv_rejects_that_conversation_only_and_resume_keeps_working()
        {
            using var kit = await StartAsync(conversations: 400);
            var path = kit.PathOf("bad-timestamp.csv");
            var exporter = IntercomExports.Conversations(kit.Connection);
            var bad = kit.Sandbox.ConversationIdsCreatedIn(Since.AddDays(3), Since.AddDays(4))[0];
            Assert.True(kit.Sandbox.SetConversationValues(bad, snoozedUntil: 99_999_999_999_999));
            var rejected = new List<ExportItemRejected>();
            var request = Request(path);
            request.Format = ExportFormat.Csv;

            var result = await exporter.RunAsync(request, null, null, rejected.Add, CancellationToken.None);

            Assert.True(result.Complete);
            var item = Assert.Single(rejected);
            Assert.Equal(bad, item.Id);
            Assert.Contains("snoozed_until", item.ToString());
            Assert.Contains(bad, item.ToString());
            Assert.Equal(1, result.RecordsRejected);
            var truth = kit.Truth(Since, Until).Where(id => id != bad);
            AssertExactly(truth, CsvIds(path));

            request.Mode = ExportMode.Resume;
            var resumed = await exporter.RunAsync(request, null, null, CancellationToken.None);
            Assert.True(resumed.Complete);
            request.Mode = ExportMode.Incremental;
            request.Since = null;
            request.Until = Until.AddDays(1);
            var incremental = await exporter.RunAsync(request, null, null, CancellationToken.None);
            Assert.True(incremental.Complete);
            AssertExactly(kit.Truth(Since, Until.AddDays(1)).Where(id => id != bad), CsvIds(path));
        }

        [Fact]
        public async Task An_item_without_an_id_is_reported_by_position_and_not_written_and_later_runs_keep_working()
        {
            using var kit = await StartAsync(conversations: 300);
            var path = kit.PathOf("no-id.jsonl");
            var real = IntercomExports.Conversations(kit.Connection);
            // The API's answers, with the id taken off the fifth conversation.
            var exporter = new Exporter<Conversation>(ExportKinds.Conversations, IntercomResources.Conversations.SearchFields!, async (search, observer, token) =>
            {
                var dropping = new IdDropper(observer, 5);
                return await kit.Connection.Conversations.SearchAsync(search, dropping, token);
            }, c => c.Id, c => c.CreatedAt, null, _ => Task.FromResult<IReadOnlyList<string>>(new string[0]), TimeProvider.System);
            var rejected = new List<ExportItemRejected>();

            var result = await exporter.RunAsync(Request(path), null, null, rejected.Add, CancellationToken.None);

            var item = Assert.Single(rejected);
            Assert.Null(item.Id);
            Assert.Equal(5, item.Position);
            Assert.Contains("at position 5", item.ToString());
            Assert.True(result.Complete);
            Assert.Equal(kit.Truth(Since, Until).Count - 1, IdsOfJsonLines(path).Count);

            // Resume and incremental read the file back: no "file was changed".
            var resumed = await real.RunAsync(Request(path, ExportMode.Resume), null, null, CancellationToken.None);
            var incremental = await real.RunAsync(new ExportRequest { Path = path, Mode = ExportMode.Incremental, Until = Until.AddDays(1) }, null, null, CancellationToken.None);
            Assert.True(resumed.Complete && incremental.Complete);
        }

        /// <summary>Passes the reader's items on, with the id of the <c>n</c>th item (counted over the run) removed.</summary>
        private sealed class IdDropper : IPageObserver<Conversation>
        {
            private readonly IPageObserver<Conversation> _inner;
            private readonly int _which;
            private int _seen;

            public IdDropper(IPageObserver<Conversation> inner, int which)
            {
                _inner = inner;
                _which = which;
            }

            public Task OnItemsAsync(IReadOnlyList<Conversation> items, CancellationToken cancellationToken)
            {
                foreach (var item in items)
                {
                    if (++_seen != _which) continue;
                    item.Id = null;
                    item.RawJson = new System.Text.RegularExpressions.Regex("\"id\":\"\\d+\",").Replace(item.RawJson!, string.Empty, 1);
                }
                return _inner.OnItemsAsync(items, cancellationToken);
            }

            public void OnWindowFailed(DateWindow window, Exception error) => _inner.OnWindowFailed(window, error);

            public void OnProgress(ReadProgress progress) => _inner.OnProgress(progress);

            public Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken) =>
                _inner.OnWindowCompletedAsync(window, complete, cancellationToken);
        }

        [Fact]
        public async Task Csv_text_cells_that_a_spreadsheet_would_run_get_a_quote_and_numbers_stay_numbers()
        {
            using var kit = await StartAsync(conversations: 300);
            var exporter = IntercomExports.Conversations(kit.Connection);
            var ids = kit.Sandbox.ConversationIdsCreatedIn(Since.AddDays(2), Since.AddDays(3));
            var titles = new[] { "=HYPERLINK(\"http://evil.test\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "plain - text", "" };
            for (var i = 0; i < titles.Length; i++) kit.Sandbox.SetConversationValues(ids[i], title: titles[i]);
            var escaped = kit.PathOf("escaped.csv");
            var raw = kit.PathOf("raw.csv");
            var request = Request(escaped);
            request.Format = ExportFormat.Csv;

            await exporter.RunAsync(request, null, null, CancellationToken.None);
            request.Path = raw;
            request.RawCsvValues = true;
            await exporter.RunAsync(request, null, null, CancellationToken.None);

            var escapedTitles = CsvColumn(escaped, "title");
            var rawTitles = CsvColumn(raw, "title");
            Assert.Equal("'=HYPERLINK(\"http://evil.test\",\"x\")", escapedTitles[ids[0]]);
            Assert.Equal("'+1+2", escapedTitles[ids[1]]);
            Assert.Equal("'-2+3", escapedTitles[ids[2]]);
            Assert.Equal("'@SUM(A1)", escapedTitles[ids[3]]);
            Assert.Equal("'\tTAB", escapedTitles[ids[4]]);
            Assert.Equal("'\rCR", escapedTitles[ids[5]]);
            Assert.Equal("plain - text", escapedTitles[ids[6]]);
            for (var i = 0; i < titles.Length; i++) Assert.Equal(titles[i], rawTitles[ids[i]]);
            // Numbers come from JSON numbers and stay numbers (a negative custom attribute value would too).
            Assert.All(CsvColumn(escaped, "time_to_admin_reply").Values.Where(v => v.Length > 0), v => Assert.Matches(@"^-?\d+$", v));
            Assert.All(CsvColumn(escaped, "id").Values, v => Assert.Matches(@"^\d+$", v));

            // The setting is pinned: a resume without it is refused rather than mixing two kinds of cells.
            request.Mode = ExportMode.Resume;
            request.RawCsvValues = false;
            var mismatch = await Assert.ThrowsAsync<ExportException>(() => exporter.RunAsync(request, null, null, CancellationToken.None));
            Assert.Contains("pins RawCsvValues", mismatch.Message);
        }

        [Fact]
        public void Negative_numbers_from_numeric_fields_are_not_escaped_but_the_same_text_is()
        {
            var columns = CsvColumns.Resolve(ExportKinds.Conversations, new[] { "id", "ca_balance", "ca_note" });
            var format = new CsvFormat(columns, rawValues: false);
            var item = new Conversation { RawJson = "{\"id\":\"7\",\"custom_attributes\":{\"balance\":-5,\"note\":\"-5\"}}" };

            var line = Encoding.UTF8.GetString(format.Encode(item));

            Assert.Equal("7,-5,'-5\r\n", line);
        }

        private static List<string> CsvIds(string path) => CsvColumn(path, "id").Keys.ToList();

        /// <summary>Id to value of one column, read with an RFC 4180 reader written independently of the exporter's.</summary>
        private static Dictionary<string, string> CsvColumn(string path, string column)
        {
            var records = new List<List<string>>();
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var text = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF');
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
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { }
                else if (c == '\n') { fields.Add(field.ToString()); field.Clear(); records.Add(fields); fields = new List<string>(); }
                else field.Append(c);
            }
            var index = records[0].IndexOf(column);
            return records.Skip(1).ToDictionary(r => r[0], r => r[index]);
        }
    }
}
