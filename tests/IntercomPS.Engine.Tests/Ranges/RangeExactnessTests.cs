using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Search;
using static IntercomPS.Engine.Tests.Ranges.RangeTestKit;

namespace IntercomPS.Engine.Tests.Ranges
{
    /// <summary>
    /// Whatever the server makes of &gt; and &lt;, and however its pages shift, the reader emits exactly the items
    /// in [since, until), each once.
    /// </summary>
    public sealed class RangeExactnessTests
    {
        private static readonly DateTimeOffset Until = Since.AddDays(14).AddHours(6).AddMinutes(30);

        public static IEnumerable<object[]> SecondPrecisionCases() =>
            from comparison in new[] { Comparison.Strict, Comparison.Inclusive }
            from throttle in new[] { 1, 4 }
            from chunkDays in new[] { 1, 7 }
            from misbehaving in new[] { false, true }
            select new object[] { comparison, throttle, chunkDays, misbehaving };

        [Theory]
        [MemberData(nameof(SecondPrecisionCases))]
        public async Task Conversations_every_item_in_range_arrives_exactly_once(Comparison comparison, int throttle, int chunkDays, bool misbehaving)
        {
            var items = BoundaryHeavyItems(Since, Until);
            var server = new FakeSearchServer(items)
            {
                Comparison = comparison,
                ShiftBackPerPage = misbehaving ? 2 : 0,
                RepeatFirstItemOfEachPage = misbehaving,
            };
            var userQuery = SearchQuery.FromGraph(new Dictionary<string, object?> { ["field"] = "state", ["operator"] = "=", ["value"] = "open" });
            var observer = new RecordingObserver();

            var result = await Reader(SearchFetcher(server, BoundaryPolicy.SecondPrecision, userQuery)).ReadAsync(
                DateWindowPlanner.Plan(Since, Until, chunkDays), observer,
                new PagingOptions { ThrottleLimit = throttle, PageSize = 7 }, CancellationToken.None);

            var truth = Truth(items, Since, Until, item => item.State == "open");
            Assert.Equal(truth, Sorted(observer.Ids));
            Assert.Equal(observer.Ids.Count, observer.Ids.Distinct().Count());
            Assert.Equal(truth.Count, result.ItemsEmitted);
            Assert.True(result.Complete);
            // The widening is minimal: exact for a strict server; an inclusive one returns the edge seconds, dropped here.
            Assert.Equal(comparison == Comparison.Inclusive, result.OutOfWindowDropped > 0);
            Assert.Equal(misbehaving, result.DuplicatesDropped > 0);
            Assert.False(observer.CallsOverlapped);
        }

        [Fact]
        public async Task Without_widening_a_strict_server_loses_the_items_at_each_window_start()
        {
            // The control for the test above: the harness can tell a correct boundary from a wrong one.
            var items = BoundaryHeavyItems(Since, Until);
            var server = new FakeSearchServer(items) { Comparison = Comparison.Strict };
            var observer = new RecordingObserver();

            await Reader(SearchFetcher(server, new BoundaryPolicy(TimeSpan.Zero, TimeSpan.Zero))).ReadAsync(
                DateWindowPlanner.Plan(Since, Until, 1), observer, new PagingOptions { PageSize = 50 }, CancellationToken.None);

            var missing = Truth(items, Since, Until).Except(observer.Ids).ToList();
            Assert.NotEmpty(missing);
            Assert.All(missing, id => Assert.Equal(TimeSpan.Zero, items.Single(item => item.Id == id).CreatedAt.TimeOfDay));
        }

        public static IEnumerable<object[]> CalendarCases() =>
            from comparison in new[] { Comparison.Strict, Comparison.Inclusive }
            from throttle in new[] { 1, 4 }
            select new object[] { comparison, throttle };

        [Theory]
        [MemberData(nameof(CalendarCases))]
        public async Task Contacts_every_item_in_range_arrives_exactly_once_across_daylight_saving_days(Comparison comparison, int throttle)
        {
            var (calendar, since, until, items) = DaylightSavingScenario();
            var server = new FakeSearchServer(items) { Comparison = comparison, Calendar = calendar };
            var observer = new RecordingObserver();

            var result = await Reader(SearchFetcher(server, BoundaryPolicy.CalendarDay)).ReadAsync(
                DateWindowPlanner.Plan(since, until, 1), observer, new PagingOptions { ThrottleLimit = throttle, PageSize = 9 }, CancellationToken.None);

            Assert.Equal(Truth(items, since, until), Sorted(observer.Ids));
            Assert.Equal(observer.Ids.Count, observer.Ids.Distinct().Count());
            Assert.True(result.Complete);
        }

        [Fact]
        public async Task A_one_day_margin_loses_items_on_a_25_hour_day()
        {
            // Why the calendar margin is 26 h and not 24: window edges inside a fall-back day, more than 24 h from
            // one of its midnights.
            var (calendar, since, until, items) = DaylightSavingScenario();
            var server = new FakeSearchServer(items) { Comparison = Comparison.Strict, Calendar = calendar };
            var observer = new RecordingObserver();
            var oneDay = new BoundaryPolicy(TimeSpan.FromDays(1), TimeSpan.FromDays(1));

            await Reader(SearchFetcher(server, oneDay)).ReadAsync(
                DateWindowPlanner.Plan(since, until, 1), observer, new PagingOptions { PageSize = 50 }, CancellationToken.None);

            var missing = Truth(items, since, until).Except(observer.Ids).Select(id => items.Single(item => item.Id == id).CreatedAt).ToList();
            Assert.NotEmpty(missing);
            Assert.All(missing, at => Assert.InRange(at, FallBackDayStart, FallBackDayStart.AddHours(25).AddTicks(-1)));
        }

        // Europe/Berlin in autumn 2026: UTC+2 until 25 October, then UTC+1, so 25 October lasts 25 hours
        // (22:00Z on the 24th to 23:00Z on the 25th). A 26-hour day (Antarctica/Troll) and a 23-hour one follow.
        private static readonly DateTimeOffset FirstMidnight = new DateTimeOffset(2026, 10, 15, 22, 0, 0, TimeSpan.Zero);
        private static readonly DateTimeOffset FallBackDayStart = new DateTimeOffset(2026, 10, 24, 22, 0, 0, TimeSpan.Zero);

        private static (WorkspaceCalendar Calendar, DateTimeOffset Since, DateTimeOffset Until, List<Item> Items) DaylightSavingScenario()
        {
            var dayLengths = Enumerable.Repeat(TimeSpan.FromHours(24), 40).ToArray();
            dayLengths[9] = TimeSpan.FromHours(25);  // 25 October, local
            dayLengths[14] = TimeSpan.FromHours(26);
            dayLengths[18] = TimeSpan.FromHours(23);
            var calendar = new WorkspaceCalendar(FirstMidnight, dayLengths);

            // Windows start at 22:30Z, never at a midnight; one edge falls 30 minutes into the 25-hour day, the next
            // in its last hour.
            var since = new DateTimeOffset(2026, 10, 20, 22, 30, 0, TimeSpan.Zero);
            var until = since.AddDays(12);
            var items = new List<Item>();
            var nextId = 1;
            void Add(DateTimeOffset at) => items.Add(new Item((nextId++).ToString(), at));
            for (var at = since.AddDays(-3); at < until.AddDays(3); at = at.AddMinutes(47)) Add(at);
            for (var boundary = since.AddDays(-1); boundary <= until.AddDays(1); boundary = boundary.AddDays(1))
            {
                Add(boundary);
                Add(boundary.AddSeconds(-1));
                Add(boundary.AddMinutes(10));
            }
            Add(FallBackDayStart.AddHours(25).AddSeconds(-1));
            return (calendar, since, until, items);
        }
    }
}
