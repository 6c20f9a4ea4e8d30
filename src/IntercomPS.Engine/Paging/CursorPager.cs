using IntercomPS.Engine.Json;

namespace IntercomPS.Engine.Paging
{
    /// <summary>
    /// Streams a paged list page by page to an <see cref="IPageObserver{T}"/>, following the continuation token each
    /// page gives (<see cref="ListPage{T}.NextCursor"/>: a cursor, a page number or a scroll parameter, as the fetcher
    /// chooses) until the list ends or the limit is reached. Nothing is buffered beyond the page being consumed and,
    /// with prefetch, the one after it.
    /// </summary>
    public static class CursorPager
    {
        /// <summary>
        /// Fetches pages lazily and hands each non-empty page to the observer, in order, one at a time, with progress
        /// after each. Only the items <paramref name="keep"/> accepts (all when null) are handed on; the limit counts
        /// kept items, and a page whose items are all dropped still leads to the next one.
        /// </summary>
        /// <param name="fetchPage">Fetches the page after <c>token</c> (null: the first page) with <c>perPage</c> items.</param>
        /// <param name="observer">Consumes the pages; the next page is only requested ahead while it handles one.</param>
        /// <exception cref="CursorLoopException">The API returned a cursor it had already returned.</exception>
        public static async Task<PagingResult> ForEachPageAsync<T>(
            Func<string?, int, CancellationToken, Task<ListPage<T>>> fetchPage,
            IPageObserver<T> observer,
            PagingOptions? options,
            CancellationToken cancellationToken,
            Func<T, bool>? keep = null)
        {
            if (fetchPage == null) throw new ArgumentNullException(nameof(fetchPage));
            if (observer == null) throw new ArgumentNullException(nameof(observer));
            options ??= new PagingOptions();

            var limit = options.Limit ?? long.MaxValue;
            if (limit == 0) return new PagingResult(0, 0, LimitReached: true, TotalCount: null);

            // With a client-side check, a page's items are not all kept: asking for only as many as the limit needs
            // would just mean more requests.
            var perPage = keep == null ? options.EffectivePageSize : options.PageSize;
            var clock = options.TimeProvider;
            var started = clock.GetTimestamp();
            var chain = new CursorChain();
            long delivered = 0;
            var pages = 0;
            int? totalCount = null;

            // Cancelled on the way out so that a prefetch nobody will read stops at once.
            using (var stopPrefetch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                Task<ListPage<T>>? pending = FetchAsync(fetchPage, null, perPage, stopPrefetch.Token);
                try
                {
                    while (pending != null)
                    {
                        var page = await pending.ConfigureAwait(false);
                        pending = null;
                        pages++;
                        var fetched = page.Items;
                        var items = keep == null ? fetched : Keep(fetched, keep);
                        if (pages == 1) totalCount = keep == null ? page.TotalCount : null;

                        var wanted = items.Count <= limit - delivered ? items : Take(items, (int)(limit - delivered));
                        delivered += wanted.Count;

                        // An empty page ends the chain even if it carries a token: following tokens that bring
                        // nothing could go on for ever without repeating one (and it is how a scroll ends).
                        var nextCursor = fetched.Count == 0 || delivered >= limit ? null : page.NextCursor;
                        var loop = nextCursor == null || page.CursorRepeats ? null : chain.Advance(nextCursor);
                        if (loop != null)
                        {
                            nextCursor = null;
                        }
                        else if (nextCursor != null && options.PrefetchNextPage)
                        {
                            pending = FetchAsync(fetchPage, nextCursor, perPage, stopPrefetch.Token);
                        }

                        if (wanted.Count > 0)
                        {
                            await observer.OnItemsAsync(wanted, cancellationToken).ConfigureAwait(false);
                            observer.OnProgress(new ReadProgress(delivered, totalCount, clock.GetElapsedTime(started)));
                        }

                        if (loop != null) throw loop;

                        if (nextCursor != null && pending == null)
                        {
                            pending = FetchAsync(fetchPage, nextCursor, perPage, stopPrefetch.Token);
                        }
                    }
                }
                finally
                {
                    if (pending != null)
                    {
                        // The consumer failed or was cancelled with a prefetch in flight: stop it and make sure its
                        // own failure is observed rather than surfacing later as an unobserved task exception.
                        stopPrefetch.Cancel();
                        _ = pending.ContinueWith(t => _ = t.Exception, CancellationToken.None,
                            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                    }
                }
            }

            return new PagingResult(delivered, pages, delivered >= limit, totalCount);
        }

        /// <summary>Turns a synchronous throw of the fetcher into a faulted task, so it surfaces in page order.</summary>
        private static async Task<ListPage<T>> FetchAsync<T>(
            Func<string?, int, CancellationToken, Task<ListPage<T>>> fetchPage, string? cursor, int perPage, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await fetchPage(cursor, perPage, cancellationToken).ConfigureAwait(false);
            return page ?? throw new InvalidOperationException("The page fetcher returned no page (null).");
        }

        private static IReadOnlyList<T> Keep<T>(IReadOnlyList<T> items, Func<T, bool> keep)
        {
            var kept = new List<T>(items.Count);
            foreach (var item in items)
            {
                if (keep(item)) kept.Add(item);
            }
            return kept;
        }

        private static IReadOnlyList<T> Take<T>(IReadOnlyList<T> items, int count)
        {
            var taken = new T[count];
            for (var i = 0; i < count; i++) taken[i] = items[i];
            return taken;
        }
    }
}
