using System.IO;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Search;
using IntercomPS.Engine.Transport;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Resources.Declarations;

namespace IntercomPS.Engine.Export
{
    /// <summary>The exporters of a connection's conversations, contacts and tickets.</summary>
    public static class IntercomExports
    {
        public static Exporter<Conversation> Conversations(IntercomConnection connection)
        {
            if (connection == null) throw new ArgumentNullException(nameof(connection));
            var service = connection.Conversations;
            // The date is the field the export ranges over (created_at): the checkpoint remembers ids by it.
            return new Exporter<Conversation>(ExportKinds.Conversations, IntercomResources.Conversations.SearchFields!, service.SearchAsync, c => c.Id, c => c.CreatedAt,
                (inner, concurrency) => service.WithFullObjects(inner, concurrency, keepRaw: true),
                token => CustomAttributeNamesAsync(connection, "conversation", token),
                connection.Client.Options.TimeProvider);
        }

        public static Exporter<Contact> Contacts(IntercomConnection connection)
        {
            if (connection == null) throw new ArgumentNullException(nameof(connection));
            return new Exporter<Contact>(ExportKinds.Contacts, IntercomResources.Contacts.SearchFields!, connection.Contacts.SearchAsync, c => c.Id, c => c.CreatedAt, null,
                token => CustomAttributeNamesAsync(connection, "contact", token),
                connection.Client.Options.TimeProvider);
        }

        /// <summary>Tickets, searched through their declaration (POST /tickets/search); the CSV's ca_ columns are the attributes of the ticket types.</summary>
        public static Exporter<Ticket> Tickets(IntercomConnection connection)
        {
            if (connection == null) throw new ArgumentNullException(nameof(connection));
            return new Exporter<Ticket>(ExportKinds.Tickets, IntercomResources.Tickets.SearchFields!, connection.Tickets.SearchAsync, t => t.Id, t => t.CreatedAt, null,
                token => TicketAttributeNamesAsync(connection.Resources, token),
                connection.Client.Options.TimeProvider);
        }

        /// <summary>
        /// The attributes tickets may carry: those of every ticket type, archived ones left out, and the title and
        /// description, which have columns of their own.
        /// </summary>
        private static async Task<IReadOnlyList<string>> TicketAttributeNamesAsync(ResourceClient resources, CancellationToken cancellationToken)
        {
            var types = await resources.ListWholeAsync(IntercomResources.TicketTypes, cancellationToken).ConfigureAwait(false);
            return types.Where(type => type.TicketTypeAttributes != null)
                .SelectMany(type => type.TicketTypeAttributes!)
                .Where(a => a.Archived != true && !string.IsNullOrEmpty(a.Name) && a.Name != Ticket.TitleAttribute && a.Name != Ticket.DescriptionAttribute)
                .Select(a => a.Name!).Distinct(StringComparer.Ordinal).ToList();
        }

        private static async Task<IReadOnlyList<string>> CustomAttributeNamesAsync(IntercomConnection connection, string model, CancellationToken cancellationToken)
        {
            var attributes = await connection.DataAttributes.ListAsync(model, includeArchived: false, cancellationToken).ConfigureAwait(false);
            // Conversation attributes (GET /conversations/attributes) are all the workspace's own and carry no custom flag.
            return attributes.Where(a => (model == "conversation" || a.Custom == true) && a.Archived != true && !string.IsNullOrEmpty(a.Name))
                .Select(a => a.Name!).ToList();
        }
    }

    /// <summary>
    /// Exports every item of a date range to a file, window by window, so that a run killed at any instant can be
    /// resumed to exactly the full set: no item missing, none twice, no torn record.
    /// </summary>
    /// <remarks>
    /// The protocol: a window's records are appended as the reader emits them (the reader never interleaves
    /// windows); when the window ends, the file is flushed to disk and then the checkpoint is replaced atomically,
    /// recording the window as done and the file's committed length. Anything after the committed length belongs to
    /// a window that was not committed, and a resume cuts it off before reading that window again. Windows are
    /// recorded as a set, so parallel windows may commit in any order. Ids already in the committed file are never
    /// written again: a failed window's partial records stay committed (they are whole), and its re-read skips them.
    ///
    /// A run holds the file's <see cref="ExportLock"/> from before it reads anything until it ends, so two runs never
    /// interleave. An incremental run starts its overlap before the previous high-water mark, because Intercom's
    /// search indexes records late; the ids it may meet again are the current run's own and the earlier records
    /// dated inside its range, which the checkpoint lists (<see cref="ExportCheckpoint.Recent"/>). An item that
    /// cannot be written is reported and skipped, never written half or left to fail a later resume.
    /// </remarks>
    public sealed class Exporter<T> where T : IntercomObject
    {
        private readonly Func<SearchRequest, IPageObserver<T>, CancellationToken, Task<RangeReadResult?>> _search;
        private readonly Func<T, string?> _idOf;
        private readonly Func<T, DateTimeOffset?> _dateOf;
        private readonly Func<IPageObserver<T>, int, IPageObserver<T>>? _withParts;
        private readonly Func<CancellationToken, Task<IReadOnlyList<string>>> _customAttributeNames;
        private readonly TimeProvider _clock;

        internal Exporter(string kind, SearchFields searchFields,
            Func<SearchRequest, IPageObserver<T>, CancellationToken, Task<RangeReadResult?>> search,
            Func<T, string?> idOf,
            Func<T, DateTimeOffset?> dateOf,
            Func<IPageObserver<T>, int, IPageObserver<T>>? withParts,
            Func<CancellationToken, Task<IReadOnlyList<string>>> customAttributeNames,
            TimeProvider clock)
        {
            Kind = kind;
            SearchFields = searchFields;
            _search = search;
            _idOf = idOf;
            _dateOf = dateOf;
            _withParts = withParts;
            _customAttributeNames = customAttributeNames;
            _clock = clock;
        }

        /// <summary>What is exported, as messages name it: <c>contacts</c>.</summary>
        public string Kind { get; }

        /// <summary>What the export's query and client condition are checked against: the exported resource's search fields.</summary>
        public SearchFields SearchFields { get; }

        /// <summary>Runs (or continues) the export. Progress and window failures are reported on the reader's task.</summary>
        /// <exception cref="ExportException">The file, checkpoint or parameters do not allow the run; nothing was written.</exception>
        /// <exception cref="OperationCanceledException">Cancelled; the file is cut back to its last committed window.</exception>
        public Task<ExportResult> RunAsync(ExportRequest request, Action<ReadProgress>? onProgress,
            Action<DateWindow, Exception>? onWindowFailed, CancellationToken cancellationToken) =>
            RunAsync(request, onProgress, onWindowFailed, null, cancellationToken);

        /// <summary>
        /// Runs (or continues) the export. Progress, window failures and items that cannot be written
        /// (<paramref name="onItemRejected"/>: the export goes on without them) are reported on the reader's task.
        /// </summary>
        /// <exception cref="ExportException">The file, checkpoint or parameters do not allow the run, or another run holds the file; nothing was written.</exception>
        /// <exception cref="OperationCanceledException">Cancelled; the file is cut back to its last committed window.</exception>
        public async Task<ExportResult> RunAsync(ExportRequest request, Action<ReadProgress>? onProgress,
            Action<DateWindow, Exception>? onWindowFailed, Action<ExportItemRejected>? onItemRejected, CancellationToken cancellationToken)
        {
            // The run's own requests, apart from whatever else shares the connection; -Verbose still sees each one.
            var requests = Diagnostics.ApiStatistics.ForOperation(_clock);
            using (RequestObserverScope.Begin(requests))
            {
                var result = await RunCoreAsync(request, onProgress, onWindowFailed, onItemRejected, cancellationToken).ConfigureAwait(false);
                result.RequestStatistics = requests.SnapshotTotal();
                return result;
            }
        }

        private async Task<ExportResult> RunCoreAsync(ExportRequest request, Action<ReadProgress>? onProgress,
            Action<DateWindow, Exception>? onWindowFailed, Action<ExportItemRejected>? onItemRejected, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            if (string.IsNullOrWhiteSpace(request.Path)) throw new ExportException(ExportErrorKind.InvalidRequest, "Give the output file's path.");
            if (request.IncludeParts && _withParts == null) throw new ExportException(ExportErrorKind.InvalidRequest, t => $"{t[ExportTerm.IncludeParts]} applies to conversations, not {Kind}.");
            if (request.Since != null && request.Until != null && request.Until <= request.Since)
            {
                throw new ExportException(ExportErrorKind.InvalidRequest, t => $"{t[ExportTerm.Until]} ({request.Until:o}) must be later than {t[ExportTerm.Since]} ({request.Since:o}).");
            }
            if (request.Overlap < TimeSpan.Zero) throw new ExportException(ExportErrorKind.InvalidRequest, t => $"{t[ExportTerm.Overlap]} ({request.Overlap}) cannot be negative; give minutes (15), a TimeSpan, or 0 for no overlap.");
            var path = Path.GetFullPath(request.Path);
            var directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
            {
                throw new ExportException(ExportErrorKind.InvalidRequest, $"The folder '{directory}' does not exist; create it first.");
            }
            // Checked before the lock too, so that refusing a file it must not touch leaves no lock file next to it.
            if (request.Mode == ExportMode.New && File.Exists(path)) throw TargetExists(path);

            // Nothing (file, checkpoint, temporary file) is read or written before the lock is held: a second run
            // must not see, delete or replace what the first one is writing.
            using (ExportLock.Acquire(path))
            {
                ExportCheckpoint.DeleteTemporaries(ExportCheckpoint.PathFor(path));
                return await RunLockedAsync(request, path, onProgress, onWindowFailed, onItemRejected, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task<ExportResult> RunLockedAsync(ExportRequest request, string path, Action<ReadProgress>? onProgress,
            Action<DateWindow, Exception>? onWindowFailed, Action<ExportItemRejected>? onItemRejected, CancellationToken cancellationToken)
        {
            var started = _clock.GetTimestamp();
            var checkpointPath = ExportCheckpoint.PathFor(path);
            var fileExists = File.Exists(path);
            var queryJson = request.Query?.ToJson();

            ExportCheckpoint checkpoint;
            var fresh = false;
            switch (request.Mode)
            {
                case ExportMode.New:
                    if (fileExists) throw TargetExists(path);
                    checkpoint = await NewCheckpointAsync(request, queryJson, cancellationToken).ConfigureAwait(false);
                    fresh = true;
                    break;
                case ExportMode.Overwrite:
                    checkpoint = await NewCheckpointAsync(request, queryJson, cancellationToken).ConfigureAwait(false);
                    fresh = true;
                    break;
                case ExportMode.Resume:
                    var saved = ExportCheckpoint.TryLoad(checkpointPath);
                    if (saved == null && fileExists && request.Since != null && HoldsNoRecord(path))
                    {
                        // Killed between creating the file and its first checkpoint: nothing to keep, start over.
                        checkpoint = await NewCheckpointAsync(request, queryJson, cancellationToken).ConfigureAwait(false);
                        fresh = true;
                        break;
                    }
                    checkpoint = saved ?? throw new ExportException(ExportErrorKind.CheckpointMissing, t =>
                        $"There is no checkpoint '{checkpointPath}', so there is nothing to resume. Run without {t[ExportTerm.Resume]} to start an export (with {t[ExportTerm.Overwrite]} to replace an existing file).");
                    if (!fileExists) throw MissingFile(path, checkpointPath);
                    CheckPinned(checkpoint, request, queryJson, checkpointPath, resume: true);
                    break;
                case ExportMode.Incremental:
                    var previous = ExportCheckpoint.TryLoad(checkpointPath);
                    if (previous == null)
                    {
                        if (fileExists && !HoldsNoRecord(path))
                        {
                            throw new ExportException(ExportErrorKind.CheckpointMissing, t =>
                                $"'{path}' exists but has no checkpoint '{checkpointPath}', so it is not known what it holds; it was left untouched. Export to a new file, or replace it with {t[ExportTerm.Overwrite]}.");
                        }
                        if (request.Since == null)
                        {
                            throw new ExportException(ExportErrorKind.InvalidRequest, t => $"The first {t[ExportTerm.Incremental]} run needs {t[ExportTerm.Since]}: the date the export starts from. Later runs continue from the checkpoint.");
                        }
                        checkpoint = await NewCheckpointAsync(request, queryJson, cancellationToken).ConfigureAwait(false);
                        fresh = true;
                    }
                    else
                    {
                        if (!fileExists) throw MissingFile(path, checkpointPath);
                        CheckPinned(previous, request, queryJson, checkpointPath, resume: false);
                        checkpoint = NextIncrement(previous, request);
                    }
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(request), request.Mode, "Unknown export mode.");
            }

            // A file left without a checkpoint and without a record (see HoldsNoRecord) is replaced, not appended to.
            var createMode = request.Mode == ExportMode.New ? FileMode.CreateNew : FileMode.Create;
            var format = RecordFormat.For(checkpoint.Format, checkpoint.Run.Columns, Kind, checkpoint.Run.RawCsvValues);
            var result = new ExportResult
            {
                Path = path,
                CheckpointPath = checkpointPath,
                Kind = Kind,
                Format = checkpoint.Format,
                Mode = request.Mode,
                Since = checkpoint.Run.Since,
                Until = checkpoint.Run.Until,
                Overlap = checkpoint.Run.Overlap,
            };

            FileStream stream;
            var ids = new IdSet();
            if (fresh)
            {
                // The old checkpoint goes first: a crash before the new one is written leaves a file without a
                // checkpoint (refused by -Resume), never an old checkpoint describing a new file.
                if (File.Exists(checkpointPath)) File.Delete(checkpointPath);
                stream = OpenFile(path, createMode);
                try
                {
                    var header = format.Header;
                    stream.Write(header, 0, header.Length);
                    stream.Flush(flushToDisk: true);
                    checkpoint.CommittedLength = stream.Position;
                    checkpoint.RunStartLength = stream.Position;
                    checkpoint.Save(checkpointPath, _clock.GetUtcNow());
                }
                catch
                {
                    stream.Dispose();
                    throw;
                }
            }
            else
            {
                stream = OpenFile(path, FileMode.Open);
                try
                {
                    result.TruncatedBytes = Reopen(stream, checkpoint, format, ids, path);
                    // An incremental run's range is saved before it starts, so that -Resume continues it after a crash.
                    if (request.Mode == ExportMode.Incremental) checkpoint.Save(checkpointPath, _clock.GetUtcNow());
                }
                catch
                {
                    stream.Dispose();
                    throw;
                }
            }

            using (stream)
            {
                var allWindows = checkpoint.Run.Since < checkpoint.Run.Until
                    ? DateWindowPlanner.Plan(checkpoint.Run.Since, checkpoint.Run.Until, checkpoint.Run.ChunkDays)
                    : new DateWindow[0];
                var done = new HashSet<DateTimeOffset>(checkpoint.WindowsDone);
                var remaining = allWindows.Where(w => !done.Contains(w.Start)).ToList();
                result.WindowsTotal = allWindows.Count;
                result.WindowsSkipped = allWindows.Count - remaining.Count;

                var sink = new CommittingSink(this, stream, format, ids, checkpoint, checkpointPath, result, allWindows.Count, onProgress, onWindowFailed, onItemRejected, started);
                var committedCleanly = false;
                try
                {
                    if (remaining.Count > 0)
                    {
                        var search = new SearchRequest
                        {
                            Query = request.Query,
                            ClientCondition = request.ClientCondition,
                            Since = checkpoint.Run.Since,
                            Until = checkpoint.Run.Until,
                            DateField = checkpoint.Run.DateField,
                            ChunkDays = checkpoint.Run.ChunkDays,
                            ThrottleLimit = request.ThrottleLimit,
                            PageSize = request.PageSize,
                            Windows = remaining,
                            KeepRaw = true,
                            // The checkpoint records the windows planned here, by their start: parts of one would be unknown to it.
                            SplitLargeWindows = false,
                        };
                        IPageObserver<T> observer = checkpoint.Run.IncludeParts && _withParts != null ? _withParts(sink, request.PartsThrottleLimit) : sink;
                        var read = await _search(search, observer, cancellationToken).ConfigureAwait(false);
                        if (read != null)
                        {
                            result.Requests = read.Requests;
                            result.DuplicatesSkipped += read.DuplicatesDropped;
                        }
                    }
                    committedCleanly = true;
                }
                finally
                {
                    if (!committedCleanly)
                    {
                        // Cancelled or failed mid-window: cut the uncommitted records now rather than at the next resume.
                        try
                        {
                            stream.SetLength(checkpoint.CommittedLength);
                            stream.Flush(flushToDisk: true);
                        }
                        catch (IOException)
                        {
                            // The resume will cut it; the checkpoint is what counts.
                        }
                    }
                }

                if (result.FailedRanges.Count == 0 && checkpoint.WindowsDone.Count >= allWindows.Count && !checkpoint.Completed)
                {
                    checkpoint.Completed = true;
                    checkpoint.HighWaterMark = checkpoint.Run.Until;
                    checkpoint.ForgetBefore(checkpoint.Run.Until - checkpoint.Run.Overlap);
                    checkpoint.Save(checkpointPath, _clock.GetUtcNow());
                }
                result.Complete = checkpoint.Completed;
                result.HighWaterMark = checkpoint.HighWaterMark;
                result.RecordsInFile = checkpoint.CommittedRecords;
                result.FileSize = checkpoint.CommittedLength;
                result.Duration = _clock.GetElapsedTime(started);
                return result;
            }
        }

        private static ExportException TargetExists(string path) => new ExportException(ExportErrorKind.TargetExists, t =>
            $"'{path}' already exists and was left untouched. Use {t[ExportTerm.Resume]} to continue an interrupted export into it, {t[ExportTerm.Incremental]} to append what is new, or {t[ExportTerm.Overwrite]} to replace it.");

        private async Task<ExportCheckpoint> NewCheckpointAsync(ExportRequest request, string? queryJson, CancellationToken cancellationToken)
        {
            if (request.Since == null) throw new ExportException(ExportErrorKind.InvalidRequest, t => $"Give {t[ExportTerm.Since]}: the start of the range to export.");
            var since = request.Since.Value.ToUniversalTime();
            var until = (request.Until ?? _clock.GetUtcNow()).ToUniversalTime();
            if (until <= since) throw new ExportException(ExportErrorKind.InvalidRequest, t => $"The range is empty: {t[ExportTerm.Until]} ({until:o}) is not later than {t[ExportTerm.Since]} ({since:o}).");
            List<string>? columns = null;
            if (request.Format == ExportFormat.Csv)
            {
                columns = CsvColumns.Plan(Kind, await _customAttributeNames(cancellationToken).ConfigureAwait(false));
            }
            return new ExportCheckpoint
            {
                Kind = Kind,
                Format = request.Format,
                Origin = since,
                // An empty file: every record dated after any instant is (vacuously) among the remembered ones.
                RecentSince = DateTimeOffset.MinValue,
                Run = new ExportRunParameters
                {
                    Since = since,
                    Until = until,
                    ChunkDays = request.ChunkDays,
                    Query = queryJson,
                    IncludeParts = request.IncludeParts,
                    Columns = columns,
                    RawCsvValues = request.RawCsvValues,
                    Overlap = request.Overlap,
                },
            };
        }

        /// <summary>
        /// The next run of an incremental export: from the high-water mark less the overlap (or, when no run completed
        /// yet, the first run's start) to now. The overlap re-reads what Intercom's search had not indexed yet when
        /// the previous run read it; what the file already holds is skipped by id.
        /// </summary>
        private ExportCheckpoint NextIncrement(ExportCheckpoint previous, ExportRequest request)
        {
            var origin = previous.Origin ?? DateTimeOffset.MinValue;
            var since = previous.HighWaterMark is DateTimeOffset mark
                ? (mark - request.Overlap > origin ? mark - request.Overlap : origin)
                : previous.Run.Since;
            var until = (request.Until ?? _clock.GetUtcNow()).ToUniversalTime();
            if (until < since) until = since;
            if (since == previous.Run.Since && until == previous.Run.Until) return previous;
            if (previous.Completed)
            {
                // Records after this point are the new run's; a resume of it remembers their ids (see Reopen).
                previous.RunStartLength = previous.CommittedLength;
                previous.RunStartRecords = previous.CommittedRecords;
            }
            previous.Run = new ExportRunParameters
            {
                Since = since,
                Until = until,
                ChunkDays = previous.Run.ChunkDays,
                DateField = previous.Run.DateField,
                Query = previous.Run.Query,
                IncludeParts = previous.Run.IncludeParts,
                Columns = previous.Run.Columns,
                RawCsvValues = previous.Run.RawCsvValues,
                Overlap = request.Overlap,
            };
            previous.WindowsDone = new List<DateTimeOffset>();
            previous.Completed = since == until;
            return previous;
        }

        private void CheckPinned(ExportCheckpoint checkpoint, ExportRequest request, string? queryJson, string checkpointPath, bool resume)
        {
            string Action(ExportTerms t) => resume
                ? $"Resume with the original parameters (or leave {t[ExportTerm.Since]}/{t[ExportTerm.Until]}/{t[ExportTerm.ChunkDays]} out to take them from the checkpoint)"
                : "Use the original parameters for every incremental run";
            void Mismatch(Func<ExportTerms, string> what, object? pinned, object? given) => throw new ExportException(ExportErrorKind.CheckpointMismatch, t =>
                $"The checkpoint '{checkpointPath}' pins {what(t)} {Show(pinned)}, but {Show(given)} was given. {Action(t)}, or start a new export with {t[ExportTerm.Overwrite]}.");
            Func<ExportTerms, string> Term(ExportTerm term) => t => t[term];

            if (!string.Equals(checkpoint.Kind, Kind, StringComparison.Ordinal)) Mismatch(_ => "the kind", checkpoint.Kind, Kind);
            if (checkpoint.Format != request.Format) Mismatch(Term(ExportTerm.Format), checkpoint.Format, request.Format);
            if (!string.Equals(checkpoint.Run.Query, queryJson, StringComparison.Ordinal)) Mismatch(Term(ExportTerm.Query), checkpoint.Run.Query, queryJson);
            if (checkpoint.Run.IncludeParts != request.IncludeParts) Mismatch(Term(ExportTerm.IncludeParts), checkpoint.Run.IncludeParts, request.IncludeParts);
            if (checkpoint.Run.RawCsvValues != request.RawCsvValues) Mismatch(Term(ExportTerm.RawCsvValues), checkpoint.Run.RawCsvValues, request.RawCsvValues);
            if (request.ChunkDays != null && request.ChunkDays != checkpoint.Run.ChunkDays) Mismatch(Term(ExportTerm.ChunkDays), checkpoint.Run.ChunkDays, request.ChunkDays);
            if (!resume) return;
            if (request.Since != null && request.Since.Value != checkpoint.Run.Since) Mismatch(Term(ExportTerm.Since), checkpoint.Run.Since, request.Since);
            if (request.Until != null && request.Until.Value != checkpoint.Run.Until) Mismatch(Term(ExportTerm.Until), checkpoint.Run.Until, request.Until);
        }

        private static string Show(object? value) => value switch
        {
            null => "(none)",
            DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "(none)",
        };

        /// <summary>
        /// True for a file an export created but was killed before committing anything to: empty, or a CSV header
        /// alone. Starting such a file over loses nothing, and a scheduled task then needs no manual -Force.
        /// </summary>
        private static bool HoldsNoRecord(string path)
        {
            var info = new FileInfo(path);
            if (info.Length == 0) return true;
            if (info.Length > 64 * 1024) return false;
            var text = File.ReadAllText(path, System.Text.Encoding.UTF8);
            var firstEnd = text.IndexOf('\n');
            return text.StartsWith("id,", StringComparison.Ordinal) && (firstEnd < 0 || firstEnd == text.Length - 1);
        }

        private static ExportException MissingFile(string path, string checkpointPath) =>
            new ExportException(ExportErrorKind.CheckpointMissing,
                $"The checkpoint '{checkpointPath}' exists but the export file '{path}' does not. Restore the file, or delete the checkpoint and start again.");

        /// <summary>
        /// Checks the committed records of the current run against the checkpoint, remembers the ids that the run may
        /// read again, and cuts off any uncommitted tail.
        /// </summary>
        /// <remarks>
        /// Only ids that can come back are kept in memory: the current run's own records, and the records of earlier
        /// runs dated inside its range, which the checkpoint lists (<see cref="ExportCheckpoint.Recent"/>). Only when
        /// that list does not reach back to the run's start (a longer overlap than before, an older checkpoint) is
        /// every id of the file read.
        /// </remarks>
        private static long Reopen(FileStream stream, ExportCheckpoint checkpoint, RecordFormat format, IdSet ids, string path)
        {
            var length = stream.Length;
            if (length < checkpoint.CommittedLength)
            {
                throw new ExportException(ExportErrorKind.FileChanged, t =>
                    $"'{path}' is {length} bytes, shorter than the {checkpoint.CommittedLength} bytes its checkpoint committed: it was truncated or replaced. Restore it, or start a new export with {t[ExportTerm.Overwrite]}.");
            }
            var remembered = checkpoint.RecentSince != null && checkpoint.RecentSince <= checkpoint.Run.Since
                             && checkpoint.RunStartLength <= checkpoint.CommittedLength;
            var from = remembered ? checkpoint.RunStartLength : 0;
            var expected = remembered ? checkpoint.CommittedRecords - checkpoint.RunStartRecords : checkpoint.CommittedRecords;
            long records = 0;
            foreach (var id in format.ReadIds(stream, from, checkpoint.CommittedLength, path))
            {
                ids.Add(id);
                records++;
            }
            if (records != expected)
            {
                throw new ExportException(ExportErrorKind.FileChanged, t =>
                    $"'{path}' holds {records} committed records where its checkpoint recorded {expected}" + (from > 0 ? " after byte " + from : string.Empty) +
                    $": it was edited. Restore it, or start a new export with {t[ExportTerm.Overwrite]}.");
            }
            if (remembered)
            {
                foreach (var record in checkpoint.Recent) ids.Add(record.Id);
            }
            var truncated = length - checkpoint.CommittedLength;
            if (truncated > 0)
            {
                stream.SetLength(checkpoint.CommittedLength);
                stream.Flush(flushToDisk: true);
            }
            stream.Position = checkpoint.CommittedLength;
            return truncated;
        }

        private static FileStream OpenFile(string path, FileMode mode)
        {
            try
            {
                // Others may read the file while it grows; writers are excluded by the export's lock (see ExportLock).
                return new FileStream(path, mode, FileAccess.ReadWrite, FileShare.Read, 64 * 1024, FileOptions.None);
            }
            catch (IOException ex) when (mode == FileMode.CreateNew && File.Exists(path))
            {
                throw new ExportException(ExportErrorKind.TargetExists, $"'{path}' was created by someone else just now; it was left untouched.", ex);
            }
            catch (IOException ex)
            {
                throw new ExportException(ExportErrorKind.FileInUse, $"'{path}' cannot be opened for writing ({ex.Message}). Is another program (a spreadsheet, a sync client) holding it open?", ex);
            }
        }

        /// <summary>Writes the reader's items and commits each window; runs on the reader's emitter task only.</summary>
        private sealed class CommittingSink : IPageObserver<T>
        {
            private readonly Exporter<T> _owner;
            private readonly FileStream _stream;
            private readonly RecordFormat _format;
            private readonly IdSet _ids;
            private readonly ExportCheckpoint _checkpoint;
            private readonly string _checkpointPath;
            private readonly ExportResult _result;
            private readonly int _windowsTotal;
            private readonly Action<ReadProgress>? _onProgress;
            private readonly Action<DateWindow, Exception>? _onWindowFailed;
            private readonly Action<ExportItemRejected>? _onItemRejected;
            private readonly long _started;
            private readonly List<DateWindow> _failed = new List<DateWindow>();
            private readonly List<RecentRecord> _pendingRecent = new List<RecentRecord>();
            private readonly DateTimeOffset _rememberFrom;
            private long _pendingRecords;
            private long _itemsRead;

            public CommittingSink(Exporter<T> owner, FileStream stream, RecordFormat format, IdSet ids, ExportCheckpoint checkpoint,
                string checkpointPath, ExportResult result, int windowsTotal, Action<ReadProgress>? onProgress,
                Action<DateWindow, Exception>? onWindowFailed, Action<ExportItemRejected>? onItemRejected, long started)
            {
                _owner = owner;
                _stream = stream;
                _format = format;
                _ids = ids;
                _checkpoint = checkpoint;
                _checkpointPath = checkpointPath;
                _result = result;
                _windowsTotal = windowsTotal;
                _onProgress = onProgress;
                _onWindowFailed = onWindowFailed;
                _onItemRejected = onItemRejected;
                _started = started;
                // The next incremental run re-reads from the high-water mark (this run's Until) less the overlap.
                _rememberFrom = checkpoint.Run.Until - checkpoint.Run.Overlap;
            }

            public async Task OnItemsAsync(IReadOnlyList<T> items, CancellationToken cancellationToken)
            {
                foreach (var item in items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    _itemsRead++;
                    var id = _owner._idOf(item);
                    if (string.IsNullOrEmpty(id))
                    {
                        // Without an id a record could not be told from its own copy on a resume or an overlap.
                        Reject(item, null, "it has no id, so the export could not tell it from a copy of itself on a later run");
                        continue;
                    }
                    byte[] record;
                    try
                    {
                        record = _format.Encode(item);
                    }
                    catch (RecordEncodingException ex)
                    {
                        Reject(item, id, ex.Message);
                        continue;
                    }
                    if (!_ids.Add(id!))
                    {
                        _result.DuplicatesSkipped++;
                        continue;
                    }
                    await _stream.WriteAsync(record, 0, record.Length, cancellationToken).ConfigureAwait(false);
                    _pendingRecords++;
                    _result.RecordsWritten++;
                    var dated = _owner._dateOf(item) ?? _checkpoint.Run.Until;
                    if (_checkpoint.RecentSince != null && dated >= _rememberFrom) _pendingRecent.Add(new RecentRecord { Id = id!, At = dated });
                }
            }

            private void Reject(T item, string? id, string why)
            {
                _result.RecordsRejected++;
                _onItemRejected?.Invoke(new ExportItemRejected(_owner.Kind, id, _itemsRead, _owner._dateOf(item), why));
            }

            public void OnWindowFailed(DateWindow window, Exception error)
            {
                _failed.Add(window);
                _result.FailedRanges = _failed.ToArray();
                _onWindowFailed?.Invoke(window, error);
            }

            // Windows of the whole run (those committed before a resume too), and the records this call has written.
            public void OnProgress(ReadProgress progress) =>
                _onProgress?.Invoke(new ReadProgress(_result.RecordsWritten, null, _owner._clock.GetElapsedTime(_started),
                    _checkpoint.WindowsDone.Count, _windowsTotal, _failed.Count, progress.CurrentWindow));

            public Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken)
            {
                // Data first, then the checkpoint that covers it: a crash between the two only loses this window's
                // commit, and the resume cuts its records off and reads it again.
                _stream.Flush(flushToDisk: true);
                _checkpoint.CommittedLength = _stream.Position;
                _checkpoint.CommittedRecords += _pendingRecords;
                _pendingRecords = 0;
                _checkpoint.Recent.AddRange(_pendingRecent);
                _pendingRecent.Clear();
                // A failed window's records are whole and stay committed; the window is read again by the next
                // resume, which skips the ids it already wrote.
                if (complete)
                {
                    _checkpoint.WindowsDone.Add(window.Start);
                    _result.WindowsCompleted++;
                }
                _checkpoint.Save(_checkpointPath, _owner._clock.GetUtcNow());
                return Task.CompletedTask;
            }
        }
    }
}
