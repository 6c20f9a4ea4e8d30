using System;
using System.Collections.Generic;
using System.Linq;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Search;
using static IntercomPS.Engine.Tests.Search.SearchQueryValidationTests;

namespace IntercomPS.Engine.Tests.Search
{
    /// <summary>The condition compiler against the declared search fields of contacts and conversations.</summary>
    public sealed class SearchConditionCompilerTests
    {
        // 2026-01-10T00:00:00Z.
        private static readonly DateTimeOffset Day = DateTimeOffset.FromUnixTimeSeconds(1768003200);

        private static SearchFields Contacts => IntercomResources.Contacts.SearchFields!;

        private static SearchFields Conversations => IntercomResources.Conversations.SearchFields!;

        private static SearchFields Fields(string resource) => resource == "contact" ? Contacts : Conversations;

        private static CompiledSearch Compile(SearchFields fields, SearchCondition condition, SearchSyntax? syntax = null) =>
            SearchConditionCompiler.Compile(condition, fields, syntax);

        private static SearchCondition Is(string field, string op, object? value) => SearchCondition.Compare(field, op, value);

        private static SearchConditionException Refuses(SearchFields fields, SearchCondition condition, SearchSyntax? syntax = null) =>
            Assert.Throws<SearchConditionException>(() => Compile(fields, condition, syntax));

        private static readonly string[] All = SearchOperators.FilterOperators.ToArray();

        /// <summary>Per field kind, the operators a condition may use (dates: those the compiler can widen into what the server takes).</summary>
        public static IEnumerable<object[]> OperatorMatrix()
        {
            var cases = new (string Resource, string Field, string Kind, string[] Allowed)[]
            {
                ("contact", "email", "text", new[] { "=", "!=", "IN", "NIN", "~", "!~", "^", "$" }),
                ("contact", "created_at", "date", new[] { "=", ">", ">=", "<", "<=" }),
                ("contact", "has_hard_bounced", "boolean", new[] { "=", "!=" }),
                ("contact", "segment_id", "ids", new[] { "=", "!=", "IN", "NIN" }),
                ("contact", "tag_id", "ids", new[] { "=", "!=" }),
                ("contact", "custom_attributes.plan", "any", All),
                ("conversation", "created_at", "date", new[] { "=", "!=", "IN", "NIN", ">", ">=", "<", "<=" }),
                ("conversation", "statistics.count_reopens", "integer", new[] { "=", "!=", "IN", "NIN", ">", ">=", "<", "<=" }),
                ("conversation", "tag_ids", "ids", new[] { "=", "!=", "IN", "NIN" }),
                ("conversation", "open", "boolean", new[] { "=", "!=" }),
            };
            foreach (var (resource, field, kind, allowed) in cases)
            {
                foreach (var op in All) yield return new object[] { resource, field, kind, op, allowed.Contains(op) };
            }
        }

        private static object? ValueFor(string kind, string op)
        {
            object single = kind switch
            {
                "date" => Day,
                "boolean" => true,
                "integer" => 5L,
                "any" when SearchOperators.IsOrdering(op) => 5L,
                _ => "x",
            };
            return SearchOperators.TakesList(op) ? new List<object?> { single } : single;
        }

        [Theory]
        [MemberData(nameof(OperatorMatrix))]
        public void Each_field_kind_takes_its_operators_and_refuses_the_others(string resource, string field, string kind, string op, bool allowed)
        {
            var condition = Is(field, op, ValueFor(kind, op));
            if (allowed)
            {
                var compiled = Compile(Fields(resource), condition);
                Assert.Equal(field, Assert.IsType<SearchFilter>(compiled.Query.Root).Field);
                return;
            }
            var error = Refuses(Fields(resource), condition);
            Assert.Equal(SearchConditionProblem.OperatorNotAllowed, error.Problem);
            Assert.Same(condition, error.Condition);
            Assert.Contains($"'{field}'", error.Message);
        }

        [Fact]
        public void A_refused_operator_is_named_with_what_the_field_takes_in_the_callers_syntax()
        {
            var error = Refuses(Conversations, Is("state", ">", "a"), new WordSyntax());

            Assert.Equal("The conversation text field 'state' takes equals, not-equals, in, not-in, contains, not-contains, starts-with and ends-with, not greater.", error.Message);
        }

        [Fact]
        public void Contact_dates_explain_the_whole_day_rule()
        {
            var error = Refuses(Contacts, Is("created_at", "!=", Day));

            Assert.Contains("accepts only =, < and > on them", error.Message);
            Assert.Contains("use a range (>= and <) instead", error.Message);
        }

        [Theory]
        [InlineData("contact", ">=", ">", 1767909600L)]
        [InlineData("contact", ">", ">", 1767909600L)]
        [InlineData("contact", "<", "<", 1768096800L)]
        [InlineData("contact", "<=", "<", 1768096801L)]
        [InlineData("conversation", ">=", ">", 1768003199L)]
        [InlineData("conversation", ">", ">", 1768003199L)]
        [InlineData("conversation", "<", "<", 1768003200L)]
        [InlineData("conversation", "<=", "<", 1768003201L)]
        public void Date_bounds_are_widened_by_the_searchs_date_rule_and_checked_exactly_on_the_client(string resource, string op, string sent, long value)
        {
            var compiled = Compile(Fields(resource), Is("created_at", op, Day));

            var filter = Assert.IsType<SearchFilter>(compiled.Query.Root);
            Assert.Equal((sent, (object)value), (filter.Operator, filter.Value!));
            Assert.NotNull(compiled.ClientCondition);
            Assert.Equal(new[] { "created_at" }, compiled.ClientCondition!.FieldsToRead());
        }

        [Fact]
        public void Date_equality_is_exact_on_conversations_and_narrowed_on_the_client_for_contacts()
        {
            Assert.Null(Compile(Conversations, Is("created_at", "=", Day)).ClientCondition);
            Assert.NotNull(Compile(Contacts, Is("created_at", "=", Day)).ClientCondition);
        }

        [Fact]
        public void Custom_attribute_dates_follow_the_date_rule()
        {
            var filter = (SearchFilter)Compile(Contacts, Is("custom_attributes.renewal", ">=", Day)).Query.Root;

            Assert.Equal((">", (object)1767909600L), (filter.Operator, filter.Value!));
        }

        [Fact]
        public void A_date_with_a_fraction_of_a_second_cannot_be_equal_to_any()
        {
            var error = Refuses(Conversations, Is("created_at", "=", Day.AddMilliseconds(500)));

            Assert.Equal(SearchConditionProblem.DateWithFraction, error.Problem);
            Assert.Contains("whole seconds", error.Message);
        }

        [Fact]
        public void A_date_field_takes_dates_unix_seconds_or_date_strings()
        {
            Assert.Equal(1768003199L, ((SearchFilter)Compile(Conversations, Is("updated_at", ">=", "2026-01-10T00:00:00Z")).Query.Root).Value);
            Assert.Equal(1768003200L, ((SearchFilter)Compile(Conversations, Is("updated_at", "<", 1768003200L)).Query.Root).Value);

            var error = Refuses(Conversations, Is("updated_at", ">", "yesterday"));
            Assert.Equal(SearchConditionProblem.NotADate, error.Problem);
        }

        [Theory]
        [InlineData("contact", "LastSeenAt", "last_seen_at")]
        [InlineData("contact", "Location.Country", "location.country")]
        [InlineData("contact", "EMAIL_DOMAIN", "email_domain")]
        [InlineData("contact", "CustomAttributes.PlanName", "custom_attributes.PlanName")]
        [InlineData("conversation", "Source.Author.Email", "source.author.email")]
        [InlineData("conversation", "custom_attributes.issue_type", "custom_attributes.issue_type")]
        public void Fields_are_found_by_their_Intercom_or_model_names(string resource, string written, string sent)
        {
            var value = written.StartsWith("Last", StringComparison.Ordinal) ? (object)Day : "x";
            var filter = (SearchFilter)Compile(Fields(resource), Is(written, "=", value)).Query.Root;

            Assert.Equal(sent, filter.Field);
        }

        [Fact]
        public void An_unknown_field_is_refused_with_the_closest_declared_one()
        {
            var error = Refuses(Contacts, Is("last_seen", ">", Day));

            Assert.Equal(SearchConditionProblem.UnknownField, error.Problem);
            Assert.Contains("Did you mean 'last_seen_at'?", error.Message);
            Assert.Contains("custom_attributes.<name>", error.Message);
        }

        [Fact]
        public void A_value_that_does_not_suit_the_field_is_refused()
        {
            var error = Refuses(Conversations, Is("open", "=", "yes"));

            Assert.Equal(SearchConditionProblem.InvalidValue, error.Problem);
            Assert.Contains("true or false", error.Message);
        }

        [Fact]
        public void Same_operator_groups_merge_and_filters_beside_groups_get_a_group_of_their_own()
        {
            var condition = SearchCondition.All(new[]
            {
                Is("state", "=", "open"),
                SearchCondition.All(new[] { Is("read", "=", false), Is("priority", "=", "high") }),
                SearchCondition.Any(new[] { Is("title", "~", "refund"), Is("title", "~", "return") }),
            });

            Assert.Equal(
                "{\"operator\":\"AND\",\"value\":[{\"operator\":\"AND\",\"value\":[{\"field\":\"state\",\"operator\":\"=\",\"value\":\"open\"}," +
                "{\"field\":\"read\",\"operator\":\"=\",\"value\":false},{\"field\":\"priority\",\"operator\":\"=\",\"value\":\"high\"}]}," +
                "{\"operator\":\"OR\",\"value\":[{\"field\":\"title\",\"operator\":\"~\",\"value\":\"refund\"},{\"field\":\"title\",\"operator\":\"~\",\"value\":\"return\"}]}]}",
                Compile(Conversations, condition).Query.ToJson());
        }

        [Fact]
        public void A_group_with_more_than_15_conditions_is_refused_naming_the_group()
        {
            var group = SearchCondition.Any(Enumerable.Range(0, 16).Select(i => Is("custom_attributes.n", "=", (long)i)));

            var error = Refuses(Conversations, group);

            Assert.Equal((SearchConditionProblem.TooManyEntries, 16), (error.Problem, error.Entries));
            Assert.Same(group, error.Condition);
            Assert.Contains("use IN for many values", error.Message);
        }

        [Fact]
        public void A_third_level_of_groups_is_refused_naming_the_innermost_group()
        {
            var inner = SearchCondition.Any(new[] { Is("priority", "=", "high"), Is("open", "=", true) });
            var condition = SearchCondition.Any(new[] { Is("state", "=", "open"), SearchCondition.All(new[] { Is("read", "=", true), inner }) });

            var error = Refuses(Conversations, condition);

            Assert.Equal(SearchConditionProblem.TooDeep, error.Problem);
            Assert.Same(inner, error.Condition);
        }

        [Fact]
        public void A_condition_joined_by_OR_to_a_widened_date_must_be_on_a_field_the_results_carry()
        {
            var tags = Is("tag_ids", "=", "7");
            var error = Refuses(Conversations, SearchCondition.Any(new[] { Is("created_at", ">=", Day), tags }));

            Assert.Equal(SearchConditionProblem.NotCheckableOnClient, error.Problem);
            Assert.Same(tags, error.Condition);

            var joined = Compile(Conversations, SearchCondition.All(new[] { Is("created_at", ">=", Day), tags }));
            Assert.Equal(new[] { "created_at" }, joined.ClientCondition!.FieldsToRead());
        }

        [Fact]
        public void A_query_is_checked_against_the_declared_fields_and_undeclared_ones_are_left_to_Intercom()
        {
            var error = Assert.Throws<SearchQueryException>(() => SearchQuery.FromGraph(
                Group("AND", Filter("created_at", ">=", 1768003200L), Filter("has_hard_bounced", "=", "no"), Filter("not_declared", ">=", 5)), Contacts));

            Assert.Equal(2, error.Problems.Count);
            Assert.StartsWith("query.value[0].operator '>=' is not accepted on the contact date field 'created_at'", error.Problems[0]);
            Assert.Contains("it takes =, < and >", error.Problems[0]);
            Assert.StartsWith("query.value[1].value must be true or false", error.Problems[1]);
        }

        [Fact]
        public void A_ranged_field_is_named_in_any_spelling_and_others_are_refused_with_the_list()
        {
            Assert.Equal("last_seen_at", Contacts.RangeField("LastSeenAt").Name);

            var error = Assert.Throws<ArgumentException>(() => Contacts.RangeField("email"));
            Assert.Contains("created_at, signed_up_at, updated_at, last_seen_at", error.Message);
        }

        private static SearchFields Tickets => IntercomResources.Tickets.SearchFields!;

        [Fact]
        public void Ticket_search_translates_with_dates_to_the_second()
        {
            var condition = SearchCondition.All(new[]
            {
                Is("created_at", ">=", Day),
                Is("category", "=", "request"),
                Is("open", "=", true),
                Is("ticket_attribute.4051", "~", "refund"),
                Is("TicketTypeId", "IN", new List<object?> { "100", "101" }),
            });

            var compiled = Compile(Tickets, condition);

            Assert.Equal(
                "{\"operator\":\"AND\",\"value\":[{\"field\":\"created_at\",\"operator\":\">\",\"value\":1768003199}," +
                "{\"field\":\"category\",\"operator\":\"=\",\"value\":\"request\"},{\"field\":\"open\",\"operator\":\"=\",\"value\":true}," +
                "{\"field\":\"ticket_attribute.4051\",\"operator\":\"~\",\"value\":\"refund\"}," +
                "{\"field\":\"ticket_type_id\",\"operator\":\"IN\",\"value\":[\"100\",\"101\"]}]}",
                compiled.Query.ToJson());
            Assert.Equal(new[] { "created_at" }, compiled.ClientCondition!.FieldsToRead());
        }

        [Fact]
        public void Ticket_dates_are_checked_exactly_on_the_returned_tickets()
        {
            var compiled = Compile(Tickets, Is("updated_at", "<=", Day));
            var reader = IntercomResources.Tickets.SearchFields!.Reader;

            Assert.True(compiled.ClientCondition!.Matches(new Ticket { UpdatedAt = Day }, reader));
            Assert.False(compiled.ClientCondition.Matches(new Ticket { UpdatedAt = Day.AddSeconds(1) }, reader));
        }

        [Fact]
        public void Ticket_fields_the_model_does_not_hold_as_searched_cannot_share_an_OR_with_a_date()
        {
            // The search compares category as request/task/tracker, not the category's name the model carries.
            var category = Is("category", "=", "task");

            var error = Refuses(Tickets, SearchCondition.Any(new[] { Is("created_at", ">", Day), category }));

            Assert.Same(category, error.Condition);
            Assert.Equal(SearchConditionProblem.NotCheckableOnClient, error.Problem);
        }

        [Fact]
        public void A_ticket_query_is_checked_against_the_ticket_fields()
        {
            var error = Assert.Throws<SearchQueryException>(() => SearchQuery.FromGraph(Filter("snoozed_until", "~", "2026"), Tickets));

            Assert.Contains("the ticket date field 'snoozed_until'", error.Message);
            Assert.Equal("tickets", IntercomResources.Tickets.Search!.ItemsMember);
            Assert.Equal("POST /tickets/search", IntercomResources.Tickets.Search.Route);
        }

        /// <summary>A front end that writes operators as words.</summary>
        private sealed class WordSyntax : SearchSyntax
        {
            public override string Operator(string filterOperator) => filterOperator switch
            {
                "=" => "equals",
                "!=" => "not-equals",
                "IN" => "in",
                "NIN" => "not-in",
                ">" => "greater",
                "~" => "contains",
                "!~" => "not-contains",
                "^" => "starts-with",
                "$" => "ends-with",
                _ => filterOperator,
            };
        }
    }
}
