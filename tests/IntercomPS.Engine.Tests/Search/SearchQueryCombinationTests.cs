using System;
using System.Collections.Generic;
using System.Linq;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Search;
using static IntercomPS.Engine.Tests.Search.SearchQueryValidationTests;

namespace IntercomPS.Engine.Tests.Search
{
    public sealed class SearchQueryCombinationTests
    {
        private static readonly DateWindow Window = new DateWindow(
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero));

        // SecondPrecision: created_at > start - 1 s and created_at < end.
        private const string Range = "{\"field\":\"created_at\",\"operator\":\">\",\"value\":1767225599},{\"field\":\"created_at\",\"operator\":\"<\",\"value\":1767312000}";

        private static string Combined(object graph) =>
            SearchQuery.FromGraph(graph).WithinRange("created_at", Window, BoundaryPolicy.SecondPrecision).ToJson();

        private static string Json(object graph) => SearchQuery.FromGraph(graph).ToJson();

        private static object?[] Filters(int count) => Enumerable.Range(0, count).Select(i => (object?)Filter("f" + i, "=", i)).ToArray();

        [Fact]
        public void A_range_alone_is_an_AND_of_two_filters()
        {
            Assert.Equal("{\"operator\":\"AND\",\"value\":[" + Range + "]}",
                SearchQuery.ForRange("created_at", Window, BoundaryPolicy.SecondPrecision).ToJson());
        }

        [Fact]
        public void A_single_filter_joins_the_range_in_one_AND_group()
        {
            Assert.Equal("{\"operator\":\"AND\",\"value\":[{\"field\":\"state\",\"operator\":\"=\",\"value\":\"open\"}," + Range + "]}",
                Combined(Filter("state", "=", "open")));
        }

        [Fact]
        public void An_AND_group_with_room_takes_the_range_filters()
        {
            var user = Group("AND", Filters(13));
            var combined = (SearchGroup)SearchQuery.FromJson(Combined(user)).Root;

            Assert.Equal(15, combined.Children.Count);
            Assert.True(combined.HoldsOnlyFilters);
        }

        [Fact]
        public void A_full_AND_group_becomes_a_sub_group_beside_the_range()
        {
            var user = Group("AND", Filters(14));

            Assert.Equal("{\"operator\":\"AND\",\"value\":[" + Json(user) + ",{\"operator\":\"AND\",\"value\":[" + Range + "]}]}", Combined(user));
        }

        [Fact]
        public void An_OR_of_filters_becomes_a_sub_group_beside_the_range()
        {
            var user = Group("OR", Filter("state", "=", "open"), Filter("state", "=", "snoozed"));

            Assert.Equal("{\"operator\":\"AND\",\"value\":[" + Json(user) + ",{\"operator\":\"AND\",\"value\":[" + Range + "]}]}", Combined(user));
        }

        [Fact]
        public void An_AND_of_groups_gets_the_range_as_one_more_group()
        {
            var first = Group("OR", Filter("a", "=", 1), Filter("b", "=", 2));
            var second = Group("OR", Filter("c", "=", 3), Filter("d", "=", 4));

            Assert.Equal("{\"operator\":\"AND\",\"value\":[" + Json(first) + "," + Json(second) + ",{\"operator\":\"AND\",\"value\":[" + Range + "]}]}",
                Combined(Group("AND", first, second)));
        }

        [Fact]
        public void A_full_AND_of_groups_puts_the_range_into_an_AND_group_with_room()
        {
            var groups = Enumerable.Range(0, 14).Select(i => (object?)Group("OR", Filter("o" + i, "=", i))).Append(Group("AND", Filters(3))).ToArray();

            var combined = (SearchGroup)SearchQuery.FromJson(Combined(Group("AND", groups))).Root;

            Assert.Equal(15, combined.Children.Count);
            var widened = (SearchGroup)combined.Children[14];
            Assert.Equal(5, widened.Children.Count);
            Assert.Equal("created_at", ((SearchFilter)widened.Children[4]).Field);
        }

        [Fact]
        public void A_full_AND_of_groups_without_room_is_refused_clearly()
        {
            var groups = Enumerable.Range(0, 15).Select(i => (object?)Group("OR", Filter("o" + i, "=", i))).ToArray();

            var error = Assert.Throws<SearchQueryException>(() => Combined(Group("AND", groups)));

            Assert.Contains("cannot add the created_at range 2026-01-01T00:00:00Z..2026-01-02T00:00:00Z", error.Message);
            Assert.Contains("already holds 15 groups", error.Message);
        }

        [Fact]
        public void An_OR_of_AND_groups_gets_the_range_inside_each_group()
        {
            var first = Group("AND", Filter("a", "=", 1));
            var second = Group("AND", Filter("b", "=", 2), Filter("c", "=", 3));

            Assert.Equal("{\"operator\":\"OR\",\"value\":[" +
                         "{\"operator\":\"AND\",\"value\":[{\"field\":\"a\",\"operator\":\"=\",\"value\":1}," + Range + "]}," +
                         "{\"operator\":\"AND\",\"value\":[{\"field\":\"b\",\"operator\":\"=\",\"value\":2},{\"field\":\"c\",\"operator\":\"=\",\"value\":3}," + Range + "]}]}",
                Combined(Group("OR", first, second)));
        }

        [Fact]
        public void An_OR_of_groups_that_cannot_take_the_range_would_need_a_third_level_and_is_refused()
        {
            var user = Group("OR", Group("AND", Filter("a", "=", 1)), Group("OR", Filter("b", "=", 2), Filter("c", "=", 3)));

            var error = Assert.Throws<SearchQueryException>(() => Combined(user));

            Assert.Contains("third level", error.Message);
        }

        [Fact]
        public void Calendar_day_fields_are_widened_by_26_hours()
        {
            var query = SearchQuery.ForRange("created_at", Window, BoundaryPolicy.CalendarDay);
            var filters = ((SearchGroup)query.Root).Children.Cast<SearchFilter>().ToList();

            Assert.Equal(Window.Start.AddHours(-26).ToUnixTimeSeconds(), filters[0].Value);
            Assert.Equal(Window.End.AddHours(26).ToUnixTimeSeconds(), filters[1].Value);
        }
    }

    public sealed class SearchBodyTests
    {
        [Fact]
        public void The_body_has_query_pagination_and_sort()
        {
            var query = SearchQuery.FromGraph(Filter("state", "=", "open"));

            var body = SearchBody.Create(query, 150, "WzE3MDAwMDAwMDBd", new SearchSort("created_at"));

            Assert.Equal("{\"query\":{\"field\":\"state\",\"operator\":\"=\",\"value\":\"open\"}," +
                         "\"pagination\":{\"per_page\":150,\"starting_after\":\"WzE3MDAwMDAwMDBd\"}," +
                         "\"sort\":{\"field\":\"created_at\",\"order\":\"ascending\"}}",
                IntercomPS.Engine.Json.IntercomJson.ToJson(body));
        }

        [Fact]
        public void The_first_page_has_no_cursor_and_no_sort_unless_asked()
        {
            var body = SearchBody.Create(SearchQuery.FromGraph(Filter("open", "=", true)), 20, null);

            Assert.Equal(new Dictionary<string, object?> { ["per_page"] = 20L }, body["pagination"]);
            Assert.False(body.ContainsKey("sort"));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(151)]
        public void Per_page_must_be_1_to_150(int perPage)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => SearchBody.Create(SearchQuery.FromGraph(Filter("open", "=", true)), perPage, null));
        }
    }
}
