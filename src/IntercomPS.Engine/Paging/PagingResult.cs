namespace IntercomPS.Engine.Paging
{
    /// <summary>What one walk of a cursor chain did.</summary>
    /// <param name="ItemsDelivered">Items handed to the consumer (never more than the limit).</param>
    /// <param name="PagesFetched">Pages received, which is also the number of requests made (a prefetch is only made when it will be used).</param>
    /// <param name="LimitReached">The walk stopped because the limit was reached, not because the chain ended.</param>
    /// <param name="TotalCount">The <c>total_count</c> the first page reported, when the endpoint gives one.</param>
    public sealed record PagingResult(long ItemsDelivered, int PagesFetched, bool LimitReached, int? TotalCount);
}
