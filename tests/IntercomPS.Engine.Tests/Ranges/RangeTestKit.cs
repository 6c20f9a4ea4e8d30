using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Search;

namespace IntercomPS.Engine.Tests.Ranges
{
    /// <summary>Records everything a reader reports, and notices if two calls ever overlap.</summary>
    internal sealed class RecordingObserver : IPageObserver<Item>
    {
        private int _inside;

        public Func<IReadOnlyList<Item>, CancellationToken, Task>? OnItems { get; init; }

        public List<IReadOnlyList<Item>> Batches { get; } = new List<IReadOnlyList<Item>>();

        public List<(DateWindow Window, Exception Error)> Failures { get; } = new List<(DateWindow, Exception)>();

        public List<ReadProgress> Progress { get; } = new List<ReadProgress>();

        public List<(DateWindow Window, bool Complete)> Completed { get; } = new List<(DateWindow, bool)>();

        public bool CallsOverlapped { get; private set; }

        public List<string> Ids => Batches.SelectMany(batch => batch).Select(item => item.Id).ToList();

        public async Task OnItemsAsync(IReadOnlyList<Item> items, CancellationToken cancellationToken)
        {
            Enter();
            try
            {
                Batches.Add(items);
                if (OnItems != null) await OnItems(items, cancellationToken);
            }
            finally
            {
                Leave();
            }
        }

        public void OnWindowFailed(DateWindow window, Exception error)
        {
            Enter();
            Failures.Add((window, error));
            Leave();
        }

        public Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken)
        {
            Enter();
            Completed.Add((window, complete));
            Leave();
            return Task.CompletedTask;
        }

        public void OnProgress(ReadProgress progress)
        {
            Enter();
            Progress.Add(progress);
            Leave();
        }

        private void Enter()
        {
            if (Interlocked.Increment(ref _inside) > 1) CallsOverlapped = true;
        }

        private void Leave() => Interlocked.Decrement(ref _inside);
    }

    internal static class RangeTestKit
    {
        public const string DateField = "created_at";

        public static readonly DateTimeOffset Since = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>
        /// Items that stress every boundary: exact midnights (window edges with 1-day and 7-day windows), one second
        /// either side, bursts of identical timestamps, the range's own edges, a seeded spread, a few non-numeric ids.
        /// Every third item is closed, for queries on state.
        /// </summary>
        public static List<Item> BoundaryHeavyItems(DateTimeOffset since, DateTimeOffset until)
        {
            var items = new List<Item>();
            var nextId = 1000;
            void Add(DateTimeOffset at) => items.Add(new Item((nextId++).ToString(), at, nextId % 3 == 0 ? "closed" : "open"));

            for (var midnight = since.AddDays(-2); midnight <= until.AddDays(2); midnight = midnight.AddDays(1))
            {
                // Pairs, so that whatever the state rotation, each instant has an open item.
                Add(midnight);
                Add(midnight);
                Add(midnight.AddSeconds(-1));
                Add(midnight.AddSeconds(-1));
                Add(midnight.AddSeconds(1));
                for (var i = 0; i < 4; i++) Add(midnight.AddHours(12));
            }
            foreach (var edge in new[] { since, until })
            {
                for (var i = 0; i < 3; i++) Add(edge);
                Add(edge.AddSeconds(-1));
                Add(edge.AddSeconds(1));
            }
            var random = new Random(20260301);
            var spread = (int)(until - since).TotalSeconds + 4 * 86400;
            for (var i = 0; i < 400; i++) Add(since.AddDays(-2).AddSeconds(random.Next(spread)));
            for (var i = 0; i < 20; i++) items.Add(new Item("c" + i.ToString("x"), since.AddSeconds(random.Next((int)(until - since).TotalSeconds))));
            return items;
        }

        /// <summary><paramref name="perDay"/> items a minute apart from 10:00 on each of <paramref name="days"/> days: nothing near an edge.</summary>
        public static List<Item> QuietDays(int days, int perDay)
        {
            var items = new List<Item>();
            for (var day = 0; day < days; day++)
            {
                for (var i = 0; i < perDay; i++) items.Add(new Item((100000 + day * 1000 + i).ToString(), Since.AddDays(day).AddHours(10).AddMinutes(i)));
            }
            return items;
        }

        public static List<string> Truth(IEnumerable<Item> items, DateTimeOffset since, DateTimeOffset until, Func<Item, bool>? matches = null) =>
            items.Where(item => item.CreatedAt >= since && item.CreatedAt < until && (matches?.Invoke(item) ?? true))
                 .Select(item => item.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();

        /// <summary>The fetcher a cmdlet would build: the user's query AND the widened window, sorted by date ascending.</summary>
        public static Func<DateWindow, string?, int, CancellationToken, Task<ListPage<Item>>> SearchFetcher(
            FakeSearchServer server, BoundaryPolicy policy, SearchQuery? userQuery = null) =>
            (window, cursor, perPage, cancellationToken) =>
            {
                var query = userQuery == null ? SearchQuery.ForRange(DateField, window, policy) : userQuery.WithinRange(DateField, window, policy);
                return server.SearchAsync(SearchBody.Create(query, perPage, cursor, new SearchSort(DateField)), cancellationToken);
            };

        public static ChunkedRangeReader<Item> Reader(Func<DateWindow, string?, int, CancellationToken, Task<ListPage<Item>>> fetcher) =>
            new ChunkedRangeReader<Item>(fetcher, item => item.Id, item => item.CreatedAt);

        public static List<string> Sorted(IEnumerable<string> ids) => ids.OrderBy(id => id, StringComparer.Ordinal).ToList();

        /// <summary>Counts fetches running right now and the most ever running at once.</summary>
        public sealed class ConcurrencyGauge
        {
            private int _current;
            private int _max;

            public int Current => Volatile.Read(ref _current);

            public int Max => Volatile.Read(ref _max);

            public async Task<T> Measure<T>(Func<Task<T>> action)
            {
                var now = Interlocked.Increment(ref _current);
                int seen;
                while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
                {
                }
                try
                {
                    return await action();
                }
                finally
                {
                    Interlocked.Decrement(ref _current);
                }
            }
        }

        public static ConcurrentDictionary<DateWindow, int> CountPerWindow() => new ConcurrentDictionary<DateWindow, int>();
    }
}
