using System;

namespace IntercomPS.Engine.Ranges
{
    /// <summary>How a <see cref="ChunkedRangeReader{T}"/> reads its windows.</summary>
    public sealed class RangeReadOptions
    {
        private int _throttleLimit = 1;
        private int _pageSize = 50;
        private long? _limit;
        private int _maxBufferedPagesPerWindow = 8;

        /// <summary>
        /// Windows fetched at once. With 1, output is in window order; with more, each window's items still come out
        /// together, but windows may come out in the order they finish.
        /// </summary>
        public int ThrottleLimit
        {
            get => _throttleLimit;
            set => _throttleLimit = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(ThrottleLimit), value, "ThrottleLimit must be at least 1.");
        }

        /// <summary>The <c>per_page</c> to ask for (lowered to <see cref="Limit"/> when that is smaller).</summary>
        public int PageSize
        {
            get => _pageSize;
            set => _pageSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(PageSize), value, "The page size must be at least 1.");
        }

        /// <summary>
        /// The most items to emit across all windows (Skip + First), or null for all. Reaching it stops every fetch,
        /// and no request is started that the items already fetched or in flight could make unnecessary.
        /// </summary>
        public long? Limit
        {
            get => _limit;
            set => _limit = value == null || value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Limit), value, "The limit cannot be negative.");
        }

        /// <summary>
        /// Pages one window may hold before its fetcher waits for the emitter. Memory is bounded by
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
        /// Whether a window whose first page shows it is far larger than its share of the run may be split into parts
        /// read at once (with ThrottleLimit above 1 and no Limit). Never with an observer that is told of each
        /// window's completion (<see cref="IWindowCompletionObserver"/>, an export's checkpoint): it must see only
        /// the windows it planned.
        /// </summary>
        public bool SplitLargeWindows { get; set; }

        /// <summary>
        /// The clock for elapsed time and items per second; a fake one in tests. Internal because TimeProvider comes
        /// from a package on .NET Framework, and package types must not cross the module's load-context boundary.
        /// </summary>
        internal TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        internal int EffectivePageSize =>
            _limit is long limit && limit < _pageSize ? (int)Math.Max(1, limit) : _pageSize;
    }
}
