using IntercomPS.Engine.Search;

namespace IntercomPS.Engine.Export
{
    internal static class ExportKinds
    {
        public const string Conversations = "conversations";
        public const string Contacts = "contacts";
        public const string Tickets = "tickets";
    }

    /// <summary>What an export is asked to do. Since/Until/ChunkDays/Query describe the run and are pinned by the checkpoint.</summary>
    public sealed class ExportRequest
    {
        /// <summary>
        /// The exact form of conditions <see cref="Query"/> only approximates (a -Filter's widened dates), checked on
        /// each item before it is written. The checkpoint pins the query it goes with.
        /// </summary>
        public Search.ClientCondition? ClientCondition { get; set; }

        /// <summary>The output file (a full path).</summary>
        public string Path { get; set; } = string.Empty;

        public ExportFormat Format { get; set; } = ExportFormat.JsonLines;

        public ExportMode Mode { get; set; } = ExportMode.New;

        /// <summary>Start of the range (inclusive). Required for a new run; with Resume, must match the checkpoint when given.</summary>
        public DateTimeOffset? Since { get; set; }

        /// <summary>End of the range (exclusive); defaults to now for a new or incremental run, and to the checkpoint's for a resume.</summary>
        public DateTimeOffset? Until { get; set; }

        public int? ChunkDays { get; set; }

        public SearchQuery? Query { get; set; }

        /// <summary>Conversations only: each with its parts (one more request per conversation).</summary>
        public bool IncludeParts { get; set; }

        public int PartsThrottleLimit { get; set; } = 5;

        public int ThrottleLimit { get; set; } = 1;

        public int PageSize { get; set; } = SearchBody.MaxPerPage;

        /// <summary>
        /// Incremental runs start this long before the previous run's high-water mark, to pick up what Intercom's
        /// search index had not caught up with then; ids already in the file are skipped.
        /// </summary>
        public TimeSpan Overlap { get; set; } = DefaultOverlap;

        /// <summary>
        /// Intercom's search lags its writes by seconds to minutes (more during incidents); 15 minutes covers the
        /// lags observed, and costs one re-read of a quarter of an hour per run.
        /// </summary>
        public static readonly TimeSpan DefaultOverlap = TimeSpan.FromMinutes(15);

        /// <summary>CSV only: write cells as they are, without the quote that keeps a spreadsheet from running a formula in them.</summary>
        public bool RawCsvValues { get; set; }
    }

    /// <summary>An item an export read but could not write; the export went on without it.</summary>
    /// <param name="Kind">conversations or contacts.</param>
    /// <param name="Id">The item's id, or null when it has none.</param>
    /// <param name="Position">The item's position among the items this run read (1 for the first).</param>
    public sealed record ExportItemRejected(string Kind, string? Id, long Position, DateTimeOffset? CreatedAt, string Reason)
    {
        public override string ToString()
        {
            var noun = Kind.EndsWith("s", StringComparison.Ordinal) ? Kind.Substring(0, Kind.Length - 1) : Kind;
            var which = Id != null ? $"The {noun} {Id}" : $"The {noun} at position {Position} of this run";
            var created = CreatedAt != null ? $" (created {CreatedAt.Value.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'})" : string.Empty;
            return $"{which}{created} was not written: {Reason}. The export went on without it.";
        }
    }
}
