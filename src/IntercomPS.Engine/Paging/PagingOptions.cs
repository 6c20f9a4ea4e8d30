using System;

namespace IntercomPS.Engine.Paging
{
    /// <summary>How a <see cref="CursorPager"/> walks a cursor chain.</summary>
    public sealed class PagingOptions
    {
        private int _pageSize = DefaultPageSize;
        private long? _limit;

        /// <summary>Intercom's own default page size for most list and search calls.</summary>
        public const int DefaultPageSize = 50;

        /// <summary>The <c>per_page</c> to ask for (the endpoint's maximum is the caller's business: 150 for search).</summary>
        public int PageSize
        {
            get => _pageSize;
            set => _pageSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(PageSize), value, "The page size must be at least 1.");
        }

        /// <summary>
        /// The most items to deliver, or null for all. For PowerShell's -Skip/-First this is Skip + First: the cmdlet
        /// drops the first Skip itself. A limit also caps <c>per_page</c>, so -First 5 makes at most one request.
        /// </summary>
        public long? Limit
        {
            get => _limit;
            set => _limit = value == null || value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Limit), value, "The limit cannot be negative.");
        }

        /// <summary>
        /// Request the next page while the consumer handles the current one (at most one page ahead), so network
        /// time and pipeline time overlap. Off, each request waits for the consumer.
        /// </summary>
        public bool PrefetchNextPage { get; set; } = true;

        /// <summary>The <c>per_page</c> actually sent: the page size, lowered to the limit when that is smaller.</summary>
        internal int EffectivePageSize =>
            _limit is long limit && limit < _pageSize ? (int)Math.Max(1, limit) : _pageSize;
    }
}
