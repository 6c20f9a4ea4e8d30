using IntercomPS.Engine.Json;
using IntercomPS.Engine.Paging;

namespace IntercomPS.Engine.Ranges
{
    /// <summary>
    /// Reads a date range window by window (see <see cref="DateWindowPlanner"/>), up to ThrottleLimit windows at
    /// once, and emits every item in the range exactly once: each window keeps only items in its exact
    /// [Start, End) (the server is asked for a widened range, see <see cref="BoundaryPolicy"/>), and ids already
    /// emitted are dropped.
    /// </summary>
    /// <remarks>
    /// A window that fails (its fetcher throws anything but the caller's cancellation) is reported through
    /// <see cref="IPageObserver{T}.OnWindowFailed"/> and listed in <see cref="RangeReadResult.FailedWindows"/>;
    /// the other windows are read to their end. Items the failed window delivered before the failure are emitted
    /// (nothing is retracted), and <see cref="WindowFailure.ItemsEmitted"/> says how many.
    /// </remarks>
    /// <param name="fetchPage">
    /// Fetches one page of a window: the window, the cursor (null for its first page), <c>per_page</c>. It should
    /// query the window widened by the field's <see cref="BoundaryPolicy"/>, sorted by the date ascending where
    /// the endpoint can sort, so that output within a window is in date order.
    /// </param>
    /// <param name="idOf">The item's id, for de-duplication. Items without one are always emitted.</param>
    /// <param name="dateOf">The item's value of the date field the windows are on. Items without one are dropped (counted in OutOfWindowDropped).</param>
    /// <param name="keep">
    /// Optional exact check of each item in its window (a query's client-side condition); items it rejects are
    /// dropped before they count against the limit, and are counted in OutOfWindowDropped too.
    /// </param>
    public sealed class ChunkedRangeReader<T>(
        Func<DateWindow, string?, int, CancellationToken, Task<ListPage<T>>> fetchPage,
        Func<T, string?> idOf,
        Func<T, DateTimeOffset?> dateOf,
        Func<T, bool>? keep = null)
    {
        private readonly Func<DateWindow, string?, int, CancellationToken, Task<ListPage<T>>> _fetchPage = fetchPage ?? throw new ArgumentNullException(nameof(fetchPage));
        private readonly Func<T, string?> _idOf = idOf ?? throw new ArgumentNullException(nameof(idOf));
        private readonly Func<T, DateTimeOffset?> _dateOf = dateOf ?? throw new ArgumentNullException(nameof(dateOf));
        private readonly Func<T, bool>? _keep = keep;

        /// <summary>
        /// Reads <paramref name="windows"/> and reports to <paramref name="observer"/>. Returns when every window is
        /// read or failed, or the limit is reached; no fetch is still running then.
        /// </summary>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public async Task<RangeReadResult> ReadAsync(IReadOnlyList<DateWindow> windows, IPageObserver<T> observer,
            PagingOptions? options, CancellationToken cancellationToken)
        {
            if (windows == null) throw new ArgumentNullException(nameof(windows));
            if (observer == null) throw new ArgumentNullException(nameof(observer));
            for (var i = 0; i < windows.Count; i++)
            {
                if (windows[i] == null) throw new ArgumentException($"Window {i} is null.", nameof(windows));
            }

            using (var run = new RangeRun<T>(_fetchPage, _idOf, _dateOf, _keep, windows, observer, options ?? new PagingOptions(), cancellationToken))
            {
                return await run.RunAsync().ConfigureAwait(false);
            }
        }
    }
}
