using IntercomPS.Engine.Search;

namespace IntercomPS.Engine.Resources
{
    /// <summary>What a search or range read asks for: an optional query, an optional date range, and how to fetch it.</summary>
    public sealed class SearchRequest
    {
        /// <summary>The caller's query (validated before any request); null for none.</summary>
        public SearchQuery? Query { get; set; }

        /// <summary>Start of the range, inclusive; null for no range (a single cursor over the query).</summary>
        public DateTimeOffset? Since { get; set; }

        /// <summary>End of the range, exclusive; defaults to now when <see cref="Since"/> is set.</summary>
        public DateTimeOffset? Until { get; set; }

        /// <summary>The date field the range applies to (created_at by default).</summary>
        public string DateField { get; set; } = "created_at";

        /// <summary>Window length in days; null for the default rule (1-day windows for ranges over 3 days).</summary>
        public int? ChunkDays { get; set; }

        /// <summary>Windows fetched at once.</summary>
        public int ThrottleLimit { get; set; } = 1;

        public int PageSize { get; set; } = SearchBody.MaxPerPage;

        /// <summary>The most items to emit (Skip + First), or null for all.</summary>
        public long? Limit { get; set; }

        /// <summary>
        /// The exact form of conditions the query only approximates (widened date comparisons), checked on every item
        /// before it counts or is emitted; null when the query is exact.
        /// </summary>
        public ClientCondition? ClientCondition { get; set; }

        /// <summary>
        /// The windows to read, instead of planning them from Since/Until/ChunkDays: a resumed export reads only the
        /// windows its checkpoint does not list as done. Each must lie within [Since, Until).
        /// </summary>
        public System.Collections.Generic.IReadOnlyList<Ranges.DateWindow>? Windows { get; set; }

        /// <summary>Keep each item's JSON exactly as received in its <c>RawJson</c> (exports write it verbatim).</summary>
        public bool KeepRaw { get; set; }

        /// <summary>Sort order for endpoints that can sort (contacts); ranges sort by their date field ascending.</summary>
        public SearchSort? Sort { get; set; }

        /// <summary>
        /// Whether a window far larger than its share may be read as parts at once (see
        /// <see cref="Paging.PagingOptions.SplitLargeWindows"/>). Off for a reader that must see exactly the windows it
        /// planned: an export's checkpoint records windows by their start.
        /// </summary>
        public bool SplitLargeWindows { get; set; } = true;
    }
}
