using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace IntercomPS.Engine.Ranges
{
    /// <summary>
    /// Receives what a <see cref="ChunkedRangeReader{T}"/> produces. All three methods are called from one task at
    /// a time, never concurrently, so an implementation may forward straight to a single-threaded consumer.
    /// </summary>
    public interface IRangeObserver<in T>
    {
        /// <summary>
        /// Items ready for output, each exactly once. A batch never mixes windows, and a window's batches are not
        /// interleaved with another window's. The reader waits for the returned task before emitting more, so a
        /// slow consumer slows the fetching (within the reader's buffer) instead of growing memory.
        /// </summary>
        Task OnItemsAsync(IReadOnlyList<T> items, CancellationToken cancellationToken);

        /// <summary>
        /// A window could not be read to its end (the fetcher failed after the transport's retries). Called once per
        /// failed window, after the items that window did deliver; the other windows carry on.
        /// </summary>
        void OnWindowFailed(DateWindow window, Exception error);

        void OnProgress(RangeProgress progress);
    }
}
