namespace IntercomPS.Engine.Paging
{
    /// <summary>
    /// How a read walks its pages: a plain list (<see cref="CursorPager"/>) or a date range read window by window
    /// (<see cref="Ranges.ChunkedRangeReader{T}"/>). The page size and the limit mean the same for both; the others
    /// say which of the two they shape.
    /// </summary>
    public sealed class PagingOptions
    {
        private int _pageSize = DefaultPageSize;
        private long? _limit;
        private int _throttleLimit = 1;
        private int _maxBufferedPagesPerWindow = 8;

        /// <summary>Intercom's own default page size for most list and search calls.</summary>
        public const int DefaultPageSize = 50;

        /// <summary>The <c>per_page</c> to ask for (lowered to <see cref="Limit"/> when that is smaller).</summary>
        public int PageSize
        {
            get => _pageSize;
            set => _pageSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(PageSize), value, "The page size must be at least 1.");
        }

        /// <summary>
        /// The most items to deliver, or null for all. For PowerShell's -Skip/-First this is Skip + First: the cmdlet
        /// drops the first Skip itself. A limit also caps <c>per_page</c>, so -First 5 makes at most one request; a
        /// range read starts no request that the items already fetched or in flight could make unnecessary.
        /// </summary>
        public long? Limit
        {
            get => _limit;
            set => _limit = value == null || value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Limit), value, "The limit cannot be negative.");
        }

        /// <summary>
        /// Plain lists: request the next page while the consumer handles the current one (at most one page ahead), so
        /// network time and pipeline time overlap. Off, each request waits for the consumer. (A range read buffers
        /// per window, see <see cref="MaxBufferedPagesPerWindow"/>.)
        /// </summary>
        public bool PrefetchNextPage { get; set; } = true;

        /// <summary>
        /// Range reads: windows fetched at once. With 1, output is in window order; with more, each window's items
        /// still come out together, but windows may come out in the order they finish.
        /// </summary>
        public int ThrottleLimit
        {
            get => _throttleLimit;
            set => _throttleLimit = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(ThrottleLimit), value, "ThrottleLimit must be at least 1.");
        }

        /// <summary>
        /// Range reads: pages one window may hold before its fetcher waits for the emitter. Memory is bounded by
        /// 2 × ThrottleLimit windows × this many pages: the windows being fetched plus those finished and waiting
        /// their turn. A window longer than this is emitted while it is fetched, which limits parallelism; raise it
        /// (or use smaller windows) when windows are large.
        /// </summary>
        public int MaxBufferedPagesPerWindow
        {
            get => _maxBufferedPagesPerWindow;
            set => _maxBufferedPagesPerWindow = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBufferedPagesPerWindow), value, "At least one page must fit.");
        }

        /// <summary>
        /// Range reads: whether a window larger than its share of the run may be read as parts at once (with
        /// ThrottleLimit above 1 and no Limit): cut before it starts when the density measured so far says so, or
        /// split after its first page when its total_count shows it is far larger. Off for a reader whose observer
        /// must see exactly the windows it planned (an export's checkpoint records windows by their start).
        /// </summary>
        public bool SplitLargeWindows { get; set; }

        /// <summary>
        /// The clock for elapsed time and items per second; a fake one in tests. Internal because TimeProvider comes
        /// from a package on .NET Framework, and package types must not cross the module's load-context boundary.
        /// </summary>
        internal TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>The <c>per_page</c> actually sent: the page size, lowered to the limit when that is smaller.</summary>
        internal int EffectivePageSize =>
            _limit is long limit && limit < _pageSize ? (int)Math.Max(1, limit) : _pageSize;
    }
}
