namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// One page of a list or search response: its items and everything it says about the other pages.
    /// Cursor lists give <see cref="NextCursor"/> (null on the last page); companies page by number
    /// (<see cref="Page"/>, <see cref="TotalPages"/>, <see cref="NextPageUrl"/>) or by <see cref="ScrollParam"/>.
    /// </summary>
    public sealed class ListPage<T>
    {
        private IDictionary<string, object?>? _additionalProperties;

        public ListPage(IReadOnlyList<T> items)
        {
            Items = items ?? throw new ArgumentNullException(nameof(items));
        }

        public IReadOnlyList<T> Items { get; }

        /// <summary>The list's <c>type</c>: <c>conversation.list</c>, <c>list</c>, <c>admin.list</c>...</summary>
        public string? Type { get; set; }

        /// <summary><c>pages.next.starting_after</c>: pass it as <c>starting_after</c> for the next page; null on the last page.</summary>
        public string? NextCursor { get; set; }

        /// <summary><c>pages.next</c> when the API gives the next page as a URL rather than a cursor.</summary>
        public string? NextPageUrl { get; set; }

        /// <summary><c>pages.page</c>, 1-based.</summary>
        public int? Page { get; set; }

        public int? PerPage { get; set; }

        public int? TotalPages { get; set; }

        /// <summary>How many items match in all (<c>total_count</c>), when the API says.</summary>
        public int? TotalCount { get; set; }

        public bool? HasMore { get; set; }

        /// <summary>The <c>scroll_param</c> of GET /companies/scroll: pass it back for the next batch.</summary>
        public string? ScrollParam { get; set; }

        /// <summary>
        /// Whether <see cref="NextCursor"/> names a server-side session rather than a position: a scroll hands back the
        /// same <c>scroll_param</c> on every page and ends with an empty page, so a repeated value is no loop.
        /// </summary>
        public bool CursorRepeats { get; set; }

        /// <summary>Top-level members of the response other than the items and the paging facts, as plain values.</summary>
        public IDictionary<string, object?> AdditionalProperties
        {
            get => _additionalProperties ??= new Dictionary<string, object?>(StringComparer.Ordinal);
            set => _additionalProperties = value;
        }
    }
}
