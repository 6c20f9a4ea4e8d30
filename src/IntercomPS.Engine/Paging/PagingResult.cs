namespace IntercomPS.Engine.Paging
{
    /// <summary>What one walk of a cursor chain did.</summary>
    public sealed class PagingResult
    {
        public PagingResult(long itemsDelivered, int pagesFetched, bool limitReached, int? totalCount)
        {
            ItemsDelivered = itemsDelivered;
            PagesFetched = pagesFetched;
            LimitReached = limitReached;
            TotalCount = totalCount;
        }

        /// <summary>Items handed to the consumer (never more than the limit).</summary>
        public long ItemsDelivered { get; }

        /// <summary>Pages received, which is also the number of requests made (a prefetch is only made when it will be used).</summary>
        public int PagesFetched { get; }

        /// <summary>The walk stopped because the limit was reached, not because the chain ended.</summary>
        public bool LimitReached { get; }

        /// <summary>The <c>total_count</c> the first page reported, when the endpoint gives one.</summary>
        public int? TotalCount { get; }
    }
}
