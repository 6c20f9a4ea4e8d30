using System.IO;
using IntercomPS.Engine.Export;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Search;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of Export-IntercomConversation and Export-IntercomContact: the file, format and mode parameters,
    /// the range parameters of the read cmdlets, progress, failed windows as non-terminating errors, and the result.
    /// The file format, checkpoint and resume logic live in the engine (<see cref="Exporter{T}"/>).
    /// </summary>
    [CmdletOptions(OutputType = typeof(ExportResult))]
    public abstract class ExportCmdlet<T> : DateRangeCmdlet where T : IntercomObject
    {
        // An export's failure is non-terminating, so that other piped exports go on (see ProcessRecord).
        internal override bool HandlesFailure(Exception exception) => exception is ExportException;

        /// <summary>The output file. Its checkpoint is written next to it as &lt;Path&gt;.checkpoint.json.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("FilePath")]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        [Parameter]
        public ExportFormat Format { get; set; } = ExportFormat.JsonLines;

        /// <summary>Intercom's search query (hashtable or JSON), combined with the range; pinned by the checkpoint.</summary>
        [Parameter]
        [ValidateNotNull]
        public object? Query { get; set; }

        /// <summary>Continue the interrupted export the checkpoint describes.</summary>
        [Parameter]
        public SwitchParameter Resume { get; set; }

        /// <summary>Append what was created since the last completed run (the first run needs -Since).</summary>
        [Parameter]
        public SwitchParameter Incremental { get; set; }

        /// <summary>Replace an existing file and its checkpoint.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>
        /// -Incremental: how far before the previous run's high-water mark each run starts reading again, so that
        /// records Intercom's search indexed late are not skipped (minutes, or a TimeSpan). Records already in the file
        /// are not written again.
        /// </summary>
        [Parameter]
        [MinutesTimeSpanTransformation]
        public TimeSpan Overlap { get; set; } = ExportRequest.DefaultOverlap;

        /// <summary>
        /// CSV: write cells as they are. By default a text cell starting with =, +, -, @, tab or CR gets a leading
        /// single quote, so that a spreadsheet shows it instead of running it as a formula.
        /// </summary>
        [Parameter]
        public SwitchParameter NoFormulaEscape { get; set; }

        /// <summary>A Where-Object style condition translated to Intercom's query, as Search-Intercom* take it.</summary>
        [Parameter]
        [ValidateNotNull]
        public ScriptBlock? Filter { get; set; }

        /// <summary>The exporter of the cmdlet's resource, which also names it and holds what -Filter and -Query are checked against.</summary>
        internal abstract Exporter<T> CreateExporter();

        /// <summary>Extra request settings of one kind (conversation parts).</summary>
        internal virtual void Configure(ExportRequest request)
        {
        }

        // Per input object: piped rows (Path, Since, Until by property name) each run their own export.
        protected override void ProcessRecord()
        {
            var modes = (Resume.IsPresent ? 1 : 0) + (Incremental.IsPresent ? 1 : 0) + (Force.IsPresent ? 1 : 0);
            if (modes > 1)
            {
                ThrowTerminatingError(ErrorRecords.Create(new ArgumentException("Use only one of -Resume, -Incremental and -Force."), "ConflictingModes", ErrorCategory.InvalidArgument, null));
            }
            var mode = Resume.IsPresent ? ExportMode.Resume : Incremental.IsPresent ? ExportMode.Incremental : Force.IsPresent ? ExportMode.Overwrite : ExportMode.New;
            if (NoFormulaEscape.IsPresent && Format != ExportFormat.Csv)
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException("-NoFormulaEscape applies to -Format Csv only; JSON Lines are written as the API sent them."), "NoFormulaEscapeWithoutCsv", ErrorCategory.InvalidArgument, Format));
            }
            var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
            var exporter = CreateExporter();
            var noun = exporter.Kind;
            var fields = exporter.SearchFields;

            // The filter's translation is a pure engine condition, safe to check on the reader's task.
            var filter = TranslateFilter(Filter, fields);
            SearchQuery? query = null;
            try
            {
                query = SearchQuery.AllOf(new[] { filter?.Query, Query != null ? QueryArgument.Parse(Query, fields) : null });
            }
            catch (SearchQueryException ex)
            {
                ThrowTerminatingError(ErrorRecords.Create(ex, "InvalidQuery", ErrorCategory.InvalidArgument, Query));
            }

            var request = new ExportRequest
            {
                Path = path,
                Format = Format,
                Mode = mode,
                Since = Since?.ToUniversalTime(),
                Until = Until?.ToUniversalTime(),
                ChunkDays = ChunkDays > 0 ? ChunkDays : (int?)null,
                Query = query,
                ClientCondition = filter?.ClientCondition,
                ThrottleLimit = ThrottleLimit,
                PageSize = PageSize,
                Overlap = Overlap,
                RawCsvValues = NoFormulaEscape.IsPresent,
            };
            Configure(request);

            var action = mode switch
            {
                ExportMode.Resume => $"Resume the {noun} export",
                ExportMode.Incremental => $"Append new {noun} (incremental export)",
                ExportMode.Overwrite => $"Replace the file with an export of {noun}",
                _ => $"Export {noun} to a new file",
            };
            if (!ShouldProcess(path, action)) return;

            ExportResult? result = null;
            var started = 0;
            using var finished = new ManualResetEventSlim(false);
            try
            {
                RunEngineWork(async (sink, token) =>
                {
                    Interlocked.Exchange(ref started, 1);
                    try
                    {
                        await ExportAsync(sink, token).ConfigureAwait(false);
                    }
                    finally
                    {
                        finished.Set();
                    }
                });
            }
            catch (ExportException ex)
            {
                // Non-terminating, so that other piped exports go on; -ErrorAction Stop makes it terminating.
                WriteError(ErrorRecords.Create(ex.InTermsOf(ExportParameterNames.Instance), "Export" + ex.Kind, CategoryOf(ex.Kind), path));
            }
            finally
            {
                // On Ctrl+C / Stop the bridge returns as soon as it cancels; the export must still cut the file back
                // to its last committed window and close it, before anyone (a -Resume in this session) opens it again.
                if (Volatile.Read(ref started) == 1) finished.Wait(TimeSpan.FromSeconds(60));
            }

            if (result == null) return;
            if (result.FailedRanges.Count > 0)
            {
                WriteWarning($"{result.FailedRanges.Count} window(s) failed: {string.Join(", ", result.FailedRanges)}. The file holds every other window; run the same command with -Resume to fetch the rest.");
            }
            WriteObject(OutputAdapter.Wrap(result, "IntercomPS.ExportResult"));

            async Task ExportAsync(IPipelineSink sink, CancellationToken token)
            {
                var progress = new ProgressReporter(sink, "Export " + noun, "records written");

                void Failed(DateWindow window, Exception error) => sink.WriteError(ErrorRecords.FromException(
                    new WindowFailedException($"The window {window} could not be exported: {error.Message} Run the same command with -Resume to fetch it again.", window, error),
                    "ExportWindowFailed", window));

                // Non-terminating: one item the file cannot hold never stops the others.
                void Rejected(ExportItemRejected item) => sink.WriteError(new ErrorRecord(
                    new InvalidDataException(item.ToString()), "ExportItemRejected", ErrorCategory.InvalidData, item));

                try
                {
                    result = await exporter.RunAsync(request, progress.Report, Failed, Rejected, token).ConfigureAwait(false);
                }
                finally
                {
                    if (!token.IsCancellationRequested) progress.Complete();
                }
            }
        }

        private static ErrorCategory CategoryOf(ExportErrorKind kind) => kind switch
        {
            ExportErrorKind.TargetExists => ErrorCategory.ResourceExists,
            ExportErrorKind.CheckpointMissing => ErrorCategory.ObjectNotFound,
            ExportErrorKind.CheckpointMismatch => ErrorCategory.InvalidArgument,
            ExportErrorKind.FileChanged => ErrorCategory.InvalidData,
            ExportErrorKind.FileInUse => ErrorCategory.ResourceBusy,
            _ => ErrorCategory.InvalidArgument,
        };
    }
}
