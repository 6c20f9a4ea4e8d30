using IntercomPS.Engine.Ranges;

namespace IntercomPS.Engine.Paging
{
    /// <summary>
    /// Receives what a read produces, page by page: a plain list (<see cref="CursorPager"/>, whatever its paging kind)
    /// or a date range read window by window (<see cref="ChunkedRangeReader{T}"/>). Members are called from one task at
    /// a time, never concurrently, so an implementation may forward straight to a single-threaded consumer.
    /// </summary>
    /// <remarks>
    /// Every member is part of the contract, so a decorator (one that expands items, say) has to pass each one on:
    /// nothing is found by a type check that a wrapper could hide. <see cref="PageObserver"/> builds the common ones.
    /// </remarks>
    public interface IPageObserver<in T>
    {
        /// <summary>
        /// Items ready for output, each exactly once. In a range read a batch never mixes windows, and a window's
        /// batches are not interleaved with another window's. The reader waits for the returned task before handing
        /// over more, so a slow consumer slows the fetching (within the reader's buffer) instead of growing memory.
        /// </summary>
        Task OnItemsAsync(IReadOnlyList<T> items, CancellationToken cancellationToken);

        /// <summary>
        /// Range reads: a window could not be read to its end (the fetcher failed after the transport's retries).
        /// Called once per failed window, after the items that window did deliver; the other windows carry on.
        /// </summary>
        void OnWindowFailed(DateWindow window, Exception error);

        /// <summary>
        /// Range reads: called once per window, after its last <see cref="OnItemsAsync"/> batch (and after
        /// <see cref="OnWindowFailed"/> when it failed), before any item of another window. The reader waits for the
        /// returned task, so an export can commit the window (flush, checkpoint) here. <paramref name="complete"/> is
        /// false for a failed window.
        /// </summary>
        Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken);

        /// <summary>After every page handed over and every finished window.</summary>
        void OnProgress(ReadProgress progress);
    }
}
