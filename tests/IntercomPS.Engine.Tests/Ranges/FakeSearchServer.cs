using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Json;

namespace IntercomPS.Engine.Tests.Ranges
{
    internal sealed record Item(string Id, DateTimeOffset CreatedAt, string State = "open")
    {
        public long UnixSeconds => CreatedAt.ToUnixTimeSeconds();
    }

    /// <summary>How the simulated server reads <c>&gt;</c> and <c>&lt;</c>: as written, or as &gt;= and &lt;=.</summary>
    public enum Comparison
    {
        Strict,
        Inclusive,
    }

    /// <summary>
    /// The workspace's calendar for date fields compared by day: the UTC instants of its local midnights. Days vary
    /// in length, as they do around daylight-saving changes.
    /// </summary>
    internal sealed class WorkspaceCalendar
    {
        private readonly long[] _midnights;

        public WorkspaceCalendar(DateTimeOffset firstMidnight, IEnumerable<TimeSpan> dayLengths)
        {
            var midnights = new List<long> { firstMidnight.ToUnixTimeSeconds() };
            foreach (var length in dayLengths) midnights.Add(midnights[midnights.Count - 1] + (long)length.TotalSeconds);
            _midnights = midnights.ToArray();
        }

        public int DayOf(long unixSeconds)
        {
            if (unixSeconds < _midnights[0] || unixSeconds >= _midnights[_midnights.Length - 1])
            {
                throw new ArgumentOutOfRangeException(nameof(unixSeconds), "The test calendar does not cover this instant.");
            }
            var index = Array.BinarySearch(_midnights, unixSeconds);
            return index >= 0 ? index : ~index - 1;
        }
    }

    /// <summary>
    /// An in-memory search endpoint over a sorted list: evaluates the query of a real search body (after a JSON round
    /// trip), pages with offset cursors, and can misbehave the ways a live list does.
    /// </summary>
    internal sealed class FakeSearchServer
    {
        private const string CursorPrefix = "offset:";
        private readonly IReadOnlyList<Item> _items;
        private int _calls;

        public FakeSearchServer(IEnumerable<Item> items)
        {
            _items = items.OrderBy(item => item.CreatedAt).ThenBy(item => item.Id, StringComparer.Ordinal).ToList();
        }

        public Comparison Comparison { get; init; } = Comparison.Strict;

        /// <summary>Compare created_at by the workspace's calendar days (contact search) instead of by the second.</summary>
        public WorkspaceCalendar? Calendar { get; init; }

        /// <summary>Each next cursor points this many items back, as when items are inserted ahead of the cursor mid-read.</summary>
        public int ShiftBackPerPage { get; init; }

        /// <summary>Every page repeats its first item, as a flaky index might.</summary>
        public bool RepeatFirstItemOfEachPage { get; init; }

        public int Calls => _calls;

        public ConcurrentQueue<IDictionary<string, object?>> Bodies { get; } = new ConcurrentQueue<IDictionary<string, object?>>();

        public Task<ListPage<Item>> SearchAsync(IDictionary<string, object?> body, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Interlocked.Increment(ref _calls);
            // Through real JSON, as the transport would send it.
            var sent = (IDictionary<string, object?>)IntercomJson.ToPlain(IntercomJson.SerializeToUtf8(body))!;
            Bodies.Enqueue(sent);

            var pagination = (IDictionary<string, object?>)sent["pagination"]!;
            var perPage = (int)(long)pagination["per_page"]!;
            var offset = pagination.TryGetValue("starting_after", out var cursor) ? int.Parse(((string)cursor!).Substring(CursorPrefix.Length)) : 0;

            var matches = _items.Where(item => Matches(sent["query"], item)).ToList();
            var page = matches.Skip(offset).Take(perPage).ToList();
            if (RepeatFirstItemOfEachPage && page.Count > 1) page.Insert(1, page[0]);

            var nextOffset = offset + perPage;
            var next = nextOffset < matches.Count ? CursorPrefix + Math.Max(offset + 1, nextOffset - ShiftBackPerPage) : null;
            return Task.FromResult(new ListPage<Item>(page) { NextCursor = next, TotalCount = matches.Count });
        }

        private bool Matches(object? node, Item item)
        {
            var members = (IDictionary<string, object?>)node!;
            var @operator = (string)members["operator"]!;
            if (!members.ContainsKey("field"))
            {
                var entries = ((IEnumerable<object?>)members["value"]!).ToList();
                return @operator == "AND" ? entries.All(entry => Matches(entry, item)) : entries.Any(entry => Matches(entry, item));
            }

            var field = (string)members["field"]!;
            var value = members["value"];
            switch (field)
            {
                case "state" when @operator == "=":
                    return item.State == (string)value!;
                case "created_at":
                    return CompareDate(item.UnixSeconds, @operator, Convert.ToInt64(value));
                default:
                    throw new NotSupportedException($"The fake server does not know {field} {@operator}.");
            }
        }

        private bool CompareDate(long itemSeconds, string @operator, long value)
        {
            long left = itemSeconds, right = value;
            if (Calendar != null)
            {
                left = Calendar.DayOf(itemSeconds);
                right = Calendar.DayOf(value);
            }
            var inclusive = Comparison == Comparison.Inclusive;
            switch (@operator)
            {
                case ">": return inclusive ? left >= right : left > right;
                case "<": return inclusive ? left <= right : left < right;
                case "=": return left == right;
                default: throw new NotSupportedException($"The fake server does not compare dates with {@operator}.");
            }
        }
    }
}
