using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using IntercomPS.Engine.Search;

namespace IntercomPS.Engine.Tests.Search
{
    public sealed class SearchQueryValidationTests
    {
        internal static Dictionary<string, object?> Filter(string field, object? @operator, object? value) =>
            new Dictionary<string, object?> { ["field"] = field, ["operator"] = @operator, ["value"] = value };

        internal static Dictionary<string, object?> Group(string @operator, params object?[] entries) =>
            new Dictionary<string, object?> { ["operator"] = @operator, ["value"] = entries.ToList() };

        private static SearchQueryException Rejects(object? graph) => Assert.Throws<SearchQueryException>(() => SearchQuery.FromGraph(graph));

        [Theory]
        [InlineData("=", "open")]
        [InlineData("!=", "closed")]
        [InlineData("<", 1700000000L)]
        [InlineData("<=", 5)]
        [InlineData(">", "1306054154")]
        [InlineData(">=", 5)]
        [InlineData("~", "refund")]
        [InlineData("!~", "spam")]
        [InlineData("^", "Re:")]
        [InlineData("$", "@example.com")]
        [InlineData("=", true)]
        public void Every_single_value_operator_is_accepted(string @operator, object value)
        {
            var query = SearchQuery.FromGraph(Filter("some_field", @operator, value));

            var filter = Assert.IsType<SearchFilter>(query.Root);
            Assert.Equal(@operator, filter.Operator);
        }

        [Theory]
        [InlineData("IN")]
        [InlineData("NIN")]
        [InlineData("in")]
        public void IN_and_NIN_take_a_list_of_strings_or_integers(string @operator)
        {
            var query = SearchQuery.FromGraph(Filter("admin_assignee_id", @operator, new object[] { "12", 13, 14L }));

            var filter = Assert.IsType<SearchFilter>(query.Root);
            Assert.Equal(@operator.ToUpperInvariant(), filter.Operator);
            Assert.Equal(new object[] { "12", 13L, 14L }, ((IEnumerable)filter.Value!).Cast<object>());
        }

        [Fact]
        public void An_unknown_operator_names_its_path_and_the_valid_ones()
        {
            var error = Rejects(Group("AND", Filter("a", "=", 1), Filter("b", "=", 2), Filter("name", "LIKE", "x")));

            Assert.Equal("query.value[2].operator 'LIKE' is not an Intercom operator; use one of =, !=, IN, NIN, <, <=, >, >=, ~, !~, ^, $.", Assert.Single(error.Problems));
        }

        [Fact]
        public void IN_without_a_list_is_refused()
        {
            var error = Rejects(Filter("state", "IN", "open"));

            Assert.Equal("query.value must be a list of values for operator 'IN', not the string 'open'.", Assert.Single(error.Problems));
        }

        [Fact]
        public void IN_with_an_empty_list_or_bad_items_is_refused()
        {
            Assert.Contains("empty list", Assert.Single(Rejects(Filter("state", "NIN", new object[0])).Problems));
            Assert.Equal("query.value[1] must be a string or an integer, not true.", Assert.Single(Rejects(Filter("id", "IN", new object[] { "1", true })).Problems));
        }

        [Fact]
        public void A_list_with_a_single_value_operator_suggests_IN()
        {
            Assert.Contains("use IN", Assert.Single(Rejects(Filter("state", "=", new[] { "open", "snoozed" })).Problems));
        }

        [Theory]
        [InlineData("~", 5L, "must be a string for operator '~'")]
        [InlineData(">", true, "must be a number or a date")]
        [InlineData(">", null, "needs a value")]
        [InlineData("=", 1.5, "must be a string, an integer or a boolean, not Double 1.5")]
        public void Values_must_suit_their_operator(string @operator, object? value, string expected)
        {
            Assert.Contains(expected, Assert.Single(Rejects(Filter("f", @operator, value)).Problems));
        }

        [Fact]
        public void Null_is_accepted_for_equality_and_whole_doubles_become_integers()
        {
            Assert.Null(((SearchFilter)SearchQuery.FromGraph(Filter("email", "=", null)).Root).Value);
            Assert.Equal(7L, ((SearchFilter)SearchQuery.FromGraph(Filter("n", ">", 7.0)).Root).Value);
        }

        [Fact]
        public void Dates_become_unix_seconds()
        {
            var instant = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(1));

            var filter = (SearchFilter)SearchQuery.FromGraph(Filter("created_at", ">", instant)).Root;

            Assert.Equal(instant.ToUnixTimeSeconds(), filter.Value);
        }

        [Fact]
        public void Two_levels_of_groups_are_allowed()
        {
            var query = SearchQuery.FromGraph(Group("AND",
                Group("OR", Filter("a", "=", 1), Filter("b", "=", 2)),
                Group("OR", Filter("c", "=", 3), Filter("d", "=", 4))));

            Assert.Equal(2, ((SearchGroup)query.Root).Children.Count);
        }

        [Fact]
        public void A_group_inside_a_sub_group_is_too_deep()
        {
            var error = Rejects(Group("AND",
                Group("OR", Filter("a", "=", 1)),
                Group("OR", Group("AND", Filter("c", "=", 3)))));

            var problem = Assert.Single(error.Problems);
            Assert.StartsWith("query.value[1].value[0] is a group inside a sub-group", problem);
        }

        [Fact]
        public void Fifteen_entries_are_allowed_and_sixteen_are_not()
        {
            var fifteen = Enumerable.Range(0, 15).Select(i => (object?)Filter("f" + i, "=", i)).ToArray();
            Assert.Equal(15, ((SearchGroup)SearchQuery.FromGraph(Group("OR", fifteen)).Root).Children.Count);

            var sixteen = fifteen.Append(Filter("f15", "=", 15)).ToArray();
            var error = Rejects(Group("AND", Group("OR", Filter("x", "=", 1)), Group("OR", sixteen)));
            Assert.StartsWith("query.value[1].value has 16 entries; Intercom allows at most 15", Assert.Single(error.Problems));
        }

        [Fact]
        public void A_group_may_not_mix_filters_and_groups()
        {
            var error = Rejects(Group("AND", Filter("a", "=", 1), Group("OR", Filter("b", "=", 2)), Filter("c", "=", 3)));

            Assert.StartsWith("query.value mixes filters (entries 0, 2) and groups (entries 1)", Assert.Single(error.Problems));
        }

        [Theory]
        [InlineData("XOR", "query.operator 'XOR' is not a group operator; use AND or OR.")]
        [InlineData("=", "query has operator '=' but no 'field'")]
        public void A_group_needs_AND_or_OR(string @operator, string expected)
        {
            Assert.StartsWith(expected, Assert.Single(Rejects(Group(@operator, Filter("a", "=", 1))).Problems));
        }

        [Fact]
        public void A_filter_may_not_use_a_group_operator()
        {
            Assert.Contains("is a group operator, but this entry has a field", Assert.Single(Rejects(Filter("a", "AND", 1)).Problems));
        }

        [Fact]
        public void Shape_problems_are_named_by_path_and_all_reported_together()
        {
            var error = Rejects(Group("AND",
                "state = open",
                new Dictionary<string, object?> { ["field"] = "a", ["operator"] = "=" },
                new Dictionary<string, object?> { ["field"] = "", ["operator"] = "=", ["value"] = 1, ["vaule"] = 2 },
                Group("OR")));

            Assert.Equal(new[]
            {
                "query.value[0] must be a filter {field, operator, value} or a group {operator, value}, not the string 'state = open'.",
                "query.value[1] has no 'value'.",
                "query.value[2] has an unknown key 'vaule'; a filter has field, operator and value, a group has operator and value.",
                "query.value[2].field must be the name of the attribute to search (e.g. created_at), not the string ''.",
                "query.value mixes filters (entries 1, 2) and groups (entries 3); Intercom requires a group to hold only filters or only groups. Wrap the filters in a group of their own, e.g. {operator: AND, value: [...]}.",
                "query.value[3].value is empty; a group needs at least one filter or group.",
            }, error.Problems);
            Assert.Contains("6 problems", error.Message);
        }

        [Fact]
        public void Hashtable_keys_are_matched_without_regard_to_case()
        {
            var hashtable = new Hashtable { ["Operator"] = "or", ["Value"] = new object[] { new Hashtable { ["FIELD"] = "state", ["operator"] = "=", ["value"] = "open" } } };

            var query = SearchQuery.FromGraph(hashtable);

            Assert.Equal("{\"operator\":\"OR\",\"value\":[{\"field\":\"state\",\"operator\":\"=\",\"value\":\"open\"}]}", query.ToJson());
        }

        [Fact]
        public void JSON_text_is_read_and_round_trips()
        {
            const string json = "{\"operator\":\"AND\",\"value\":[{\"field\":\"created_at\",\"operator\":\">\",\"value\":1306054154},{\"field\":\"tag_ids\",\"operator\":\"IN\",\"value\":[\"1\",\"2\"]}]}";

            Assert.Equal(json, SearchQuery.FromJson(json).ToJson());
        }

        [Fact]
        public void A_search_body_with_only_a_query_is_read_as_its_query()
        {
            var query = SearchQuery.FromJson("{\"query\": {\"field\": \"open\", \"operator\": \"=\", \"value\": true}}");

            Assert.Equal("open", ((SearchFilter)query.Root).Field);
        }

        [Fact]
        public void Invalid_JSON_is_a_query_error()
        {
            Assert.StartsWith("query is not valid JSON", Assert.Single(Assert.Throws<SearchQueryException>(() => SearchQuery.FromJson("{\"field\": ")).Problems));
        }

        [Fact]
        public void Queries_built_in_code_obey_the_same_limits()
        {
            Assert.Throws<SearchQueryException>(() => new SearchFilter("a", "LIKE", "x"));
            var tooDeep = SearchGroup.And(new[] { SearchGroup.Or(new[] { SearchGroup.And(new[] { new SearchFilter("a", "=", 1) }) }) });
            Assert.Throws<SearchQueryException>(() => new SearchQuery(tooDeep));
        }
    }
}
