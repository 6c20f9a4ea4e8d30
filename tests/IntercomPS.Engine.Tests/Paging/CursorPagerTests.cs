using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Paging;

namespace IntercomPS.Engine.Tests.Paging
{
    public sealed class CursorPagerTests
    {
        /// <summary>A cursor-paged list of 1..count; records every request as (cursor, per_page).</summary>
        private sealed class FakeList
        {
            private readonly int _count;

            public FakeList(int count) => _count = count;

            public List<(string? Cursor, int PerPage)> Requests { get; } = new List<(string?, int)>();

            public Func<string?, int, CancellationToken, Task>? BeforeAnswer { get; init; }

            public async Task<ListPage<int>> Fetch(string? cursor, int perPage, CancellationToken cancellationToken)
            {
                lock (Requests) Requests.Add((cursor, perPage));
                if (BeforeAnswer != null) await BeforeAnswer(cursor, perPage, cancellationToken);
                var offset = cursor == null ? 0 : int.Parse(cursor);
                var items = Enumerable.Range(offset + 1, Math.Max(0, Math.Min(perPage, _count - offset))).ToList();
                var next = offset + perPage < _count ? (offset + perPage).ToString() : null;
                return new ListPage<int>(items) { NextCursor = next, TotalCount = _count };
            }
        }

        [Fact]
        public async Task Streams_every_page_in_order_following_cursors()
        {
            var list = new FakeList(23);
            var pages = new List<IReadOnlyList<int>>();

            var result = await CursorPager.ForEachPageAsync(list.Fetch, Collect(pages), new PagingOptions { PageSize = 10 }, CancellationToken.None);

            Assert.Equal(new[] { 10, 10, 3 }, pages.Select(page => page.Count));
            Assert.Equal(Enumerable.Range(1, 23), pages.SelectMany(page => page));
            Assert.Equal(new string?[] { null, "10", "20" }, list.Requests.Select(request => request.Cursor));
            Assert.Equal(3, result.PagesFetched);
            Assert.Equal(23, result.ItemsDelivered);
            Assert.Equal(23, result.TotalCount);
            Assert.False(result.LimitReached);
        }

        [Fact]
        public async Task First_five_makes_one_request_for_five_items()
        {
            var list = new FakeList(100);
            var pages = new List<IReadOnlyList<int>>();

            var result = await CursorPager.ForEachPageAsync(list.Fetch, Collect(pages), new PagingOptions { PageSize = 50, Limit = 5 }, CancellationToken.None);

            Assert.Equal(new[] { (default(string), 5) }, list.Requests);
            Assert.Equal(new[] { 1, 2, 3, 4, 5 }, pages.Single());
            Assert.True(result.LimitReached);
        }

        [Fact]
        public async Task A_limit_across_pages_stops_at_the_page_that_meets_it_and_cuts_it()
        {
            var list = new FakeList(1000);
            var pages = new List<IReadOnlyList<int>>();

            var result = await CursorPager.ForEachPageAsync(list.Fetch, Collect(pages), new PagingOptions { PageSize = 50, Limit = 120 }, CancellationToken.None);

            Assert.Equal(3, list.Requests.Count);
            Assert.All(list.Requests, request => Assert.Equal(50, request.PerPage));
            Assert.Equal(new[] { 50, 50, 20 }, pages.Select(page => page.Count));
            Assert.Equal(120, result.ItemsDelivered);
        }

        [Fact]
        public async Task The_next_page_is_requested_while_the_consumer_handles_the_current_one_and_no_further()
        {
            var secondPageRequested = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var list = new FakeList(30)
            {
                BeforeAnswer = (cursor, perPage, token) =>
                {
                    if (cursor == "10") secondPageRequested.TrySetResult(true);
                    return Task.CompletedTask;
                },
            };
            var requestsSeenDuringFirstPage = -1;

            await CursorPager.ForEachPageAsync(list.Fetch, PageObserver.Of<int>(async (page, token) =>
            {
                if (page[0] != 1) return;
                // Would hang if the pager waited for this consumer before asking for page two.
                await secondPageRequested.Task.WaitAsync(token);
                requestsSeenDuringFirstPage = list.Requests.Count;
            }), new PagingOptions { PageSize = 10 }, CancellationToken.None);

            Assert.Equal(2, requestsSeenDuringFirstPage);
            Assert.Equal(3, list.Requests.Count);
        }

        [Fact]
        public async Task Without_prefetch_each_request_waits_for_the_consumer()
        {
            var list = new FakeList(30);
            var requestsSeen = new List<int>();

            await CursorPager.ForEachPageAsync(list.Fetch, PageObserver.Of<int>((page, token) =>
            {
                requestsSeen.Add(list.Requests.Count);
                return Task.CompletedTask;
            }), new PagingOptions { PageSize = 10, PrefetchNextPage = false }, CancellationToken.None);

            Assert.Equal(new[] { 1, 2, 3 }, requestsSeen);
        }

        [Fact]
        public async Task No_prefetch_when_the_current_page_meets_the_limit()
        {
            var list = new FakeList(100);

            await CursorPager.ForEachPageAsync(list.Fetch, Ignore(),
                new PagingOptions { PageSize = 10, Limit = 20 }, CancellationToken.None);

            Assert.Equal(2, list.Requests.Count);
        }

        [Fact]
        public async Task A_repeated_cursor_stops_with_a_clear_error_after_delivering_the_page_that_carried_it()
        {
            var answers = new Queue<ListPage<int>>(new[]
            {
                new ListPage<int>(new[] { 1, 2 }) { NextCursor = "A" },
                new ListPage<int>(new[] { 3, 4 }) { NextCursor = "B" },
                new ListPage<int>(new[] { 5, 6 }) { NextCursor = "A" },
                new ListPage<int>(new[] { 99 }) { NextCursor = null },
            });
            var delivered = new List<IReadOnlyList<int>>();

            var error = await Assert.ThrowsAsync<CursorLoopException>(() => CursorPager.ForEachPageAsync(
                (cursor, perPage, token) => Task.FromResult(answers.Dequeue()), Collect(delivered), null, CancellationToken.None));

            Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, delivered.SelectMany(page => page));
            Assert.Equal("A", error.Cursor);
            Assert.Contains("'A' a second time", error.Message);
            Assert.Single(answers);
        }

        [Fact]
        public async Task An_empty_page_ends_the_chain_even_with_a_cursor()
        {
            var calls = 0;
            var result = await CursorPager.ForEachPageAsync(
                (cursor, perPage, token) => Task.FromResult(new ListPage<int>(calls++ == 0 ? new[] { 1 } : Array.Empty<int>()) { NextCursor = "next" + calls }),
                Ignore(), null, CancellationToken.None);

            Assert.Equal(2, calls);
            Assert.Equal(1, result.ItemsDelivered);
        }

        [Fact]
        public async Task Cancellation_in_the_consumer_stops_paging_and_the_prefetch()
        {
            using var cancellation = new CancellationTokenSource();
            CancellationToken prefetchToken = default;
            var list = new FakeList(100)
            {
                BeforeAnswer = async (cursor, perPage, token) =>
                {
                    if (cursor == null) return;
                    prefetchToken = token;
                    await Task.Delay(Timeout.Infinite, token);
                },
            };

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CursorPager.ForEachPageAsync(list.Fetch, PageObserver.Of<int>((page, token) =>
            {
                cancellation.Cancel();
                token.ThrowIfCancellationRequested();
                return Task.CompletedTask;
            }), new PagingOptions { PageSize = 10 }, cancellation.Token));

            Assert.Equal(2, list.Requests.Count);
            Assert.True(prefetchToken.IsCancellationRequested);
        }

        [Fact]
        public async Task A_limit_of_zero_makes_no_request()
        {
            var list = new FakeList(10);
            var result = await CursorPager.ForEachPageAsync(list.Fetch, Ignore(), new PagingOptions { Limit = 0 }, CancellationToken.None);

            Assert.Empty(list.Requests);
            Assert.True(result.LimitReached);
        }

        [Fact]
        public async Task A_fetch_failure_surfaces_after_the_pages_before_it()
        {
            var list = new FakeList(100)
            {
                BeforeAnswer = (cursor, perPage, token) => cursor == "20" ? throw new InvalidOperationException("boom") : Task.CompletedTask,
            };
            var delivered = new List<IReadOnlyList<int>>();

            await Assert.ThrowsAsync<InvalidOperationException>(() => CursorPager.ForEachPageAsync(list.Fetch, Collect(delivered), new PagingOptions { PageSize = 10 }, CancellationToken.None));

            Assert.Equal(2, delivered.Count);
        }

        [Fact]
        public async Task Keep_drops_items_follows_cursors_past_pages_it_empties_and_counts_kept_items_against_the_limit()
        {
            var list = new FakeList(60);
            var pages = new List<IReadOnlyList<int>>();

            // Items 1..20 (the first two pages) are all dropped; the limit of 6 counts only kept items.
            var result = await CursorPager.ForEachPageAsync(list.Fetch, Collect(pages), new PagingOptions { PageSize = 10, Limit = 6, PrefetchNextPage = false },
                CancellationToken.None, keep: item => item > 20 && item % 2 == 0);

            Assert.Equal(new[] { 22, 24, 26, 28, 30, 32 }, pages.SelectMany(page => page));
            Assert.Equal(new string?[] { null, "10", "20", "30" }, list.Requests.Select(request => request.Cursor));
            Assert.Equal(6, result.ItemsDelivered);
            Assert.True(result.LimitReached);
            Assert.Null(result.TotalCount);
        }

        private static IPageObserver<int> Collect(List<IReadOnlyList<int>> pages) => PageObserver.Of<int>((page, token) =>
        {
            pages.Add(page);
            return Task.CompletedTask;
        });

        private static IPageObserver<int> Ignore() => PageObserver.Of<int>((page, token) => Task.CompletedTask);
    }
}
