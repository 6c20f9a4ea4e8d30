using System;
using System.Collections.Generic;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Search;

namespace IntercomPS.Engine.Tests.Search
{
    public sealed class ClientConditionTests
    {
        private static readonly DateTimeOffset Noon = new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

        private static readonly ModelFieldReader<Contact> ContactFields = IntercomResources.Contacts.SearchFields!.Reader;

        private static Contact ContactAt(DateTimeOffset created, string? plan = "pro", string? email = "Ada@Example.com") => new Contact
        {
            Id = "c1",
            CreatedAt = created,
            Email = email,
            CustomAttributes = new Dictionary<string, object?> { ["plan"] = plan, ["seats"] = 12L },
        };

        private static ClientCondition Widened(string op, DateTimeOffset value) =>
            ClientCondition.Compare("created_at", op, value.ToUnixTimeSeconds(), exactOnServer: false);

        private static ClientCondition Exact(string field, string op, object? value) => ClientCondition.Compare(field, op, value, exactOnServer: true);

        [Theory]
        [InlineData(">=", 0, true)]
        [InlineData(">=", -1, false)]
        [InlineData(">", 0, false)]
        [InlineData(">", 1, true)]
        [InlineData("<", 0, false)]
        [InlineData("<", -1, true)]
        [InlineData("<=", 0, true)]
        [InlineData("<=", 1, false)]
        [InlineData("=", 0, true)]
        [InlineData("=", 1, false)]
        public void Widened_date_comparisons_are_exact_to_the_second(string op, int offsetSeconds, bool expected)
        {
            var contact = ContactAt(Noon.AddSeconds(offsetSeconds));
            Assert.Equal(expected, Widened(op, Noon).Matches(contact, ContactFields));
        }

        [Fact]
        public void A_fractional_bound_does_not_admit_the_second_below_it()
        {
            var condition = ClientCondition.Compare("created_at", ">=", Noon.ToUnixTimeSeconds() + 0.5, exactOnServer: false);
            Assert.False(condition.Matches(ContactAt(Noon), ContactFields));
            Assert.True(condition.Matches(ContactAt(Noon.AddSeconds(1)), ContactFields));
        }

        [Fact]
        public void Exact_conditions_under_AND_are_trusted_without_reading_fields()
        {
            // The server returned the item, so the exact plan = 'free' held there even though this copy says otherwise:
            // proof that the condition was trusted rather than re-read.
            var condition = ClientCondition.All(new[] { Widened(">=", Noon), Exact("custom_attributes.plan", "=", "free") });
            Assert.True(condition.Matches(ContactAt(Noon, plan: "pro"), ContactFields));
            Assert.Equal(new[] { "created_at" }, condition.FieldsToRead());
        }

        [Fact]
        public void Under_OR_every_branch_is_decided_on_the_client()
        {
            var condition = ClientCondition.Any(new[] { Widened(">=", Noon), Exact("custom_attributes.plan", "=", "free") });
            Assert.False(condition.Matches(ContactAt(Noon.AddSeconds(-5), plan: "pro"), ContactFields));
            Assert.True(condition.Matches(ContactAt(Noon.AddSeconds(-5), plan: "FREE"), ContactFields));
            Assert.True(condition.Matches(ContactAt(Noon, plan: "pro"), ContactFields));
            Assert.Equal(new[] { "created_at", "custom_attributes.plan" }, condition.FieldsToRead());
        }

        [Fact]
        public void A_query_without_widened_conditions_is_exact_on_the_server()
        {
            var condition = ClientCondition.Any(new[] { Exact("email", "~", "ada"), Exact("custom_attributes.plan", "IN", new object[] { "pro" }) });
            Assert.True(condition.ExactOnServer);
            Assert.Empty(condition.FieldsToRead());
        }

        [Theory]
        [InlineData("=", "ada@example.COM", true)]
        [InlineData("!=", "ada@example.com", false)]
        [InlineData("^", "ADA", true)]
        [InlineData("$", "@example.com", true)]
        [InlineData("~", "A@EX", true)]
        [InlineData("!~", "zzz", true)]
        [InlineData("!~", "example", false)]
        public void Text_comparisons_ignore_case_like_Intercom(string op, string value, bool expected)
        {
            var condition = ClientCondition.Any(new[] { Widened("<", Noon), ClientCondition.Compare("email", op, value, exactOnServer: true) });
            Assert.Equal(expected, condition.Matches(ContactAt(Noon), ContactFields));
        }

        [Fact]
        public void Missing_values_never_satisfy_an_ordering_or_a_text_match_but_satisfy_negations()
        {
            var contact = ContactAt(Noon, email: null);
            ClientCondition Check(string field, string op, object? value) =>
                ClientCondition.Any(new[] { Widened("<", Noon), ClientCondition.Compare(field, op, value, exactOnServer: true) });
            Assert.False(Check("last_seen_at", "<", Noon.ToUnixTimeSeconds()).Matches(contact, ContactFields));
            Assert.False(Check("email", "^", "a").Matches(contact, ContactFields));
            Assert.True(Check("email", "!~", "a").Matches(contact, ContactFields));
            Assert.True(Check("email", "=", null).Matches(contact, ContactFields));
            Assert.True(Check("email", "NIN", new object[] { "x" }).Matches(contact, ContactFields));
            Assert.True(Check("custom_attributes.seats", "IN", new object[] { 11L, 12L }).Matches(contact, ContactFields));
        }

        [Fact]
        public void Readers_know_which_fields_a_model_carries_in_full()
        {
            Assert.True(IntercomResources.Conversations.SearchFields!.Reader.CanRead("source.author.email"));
            Assert.True(IntercomResources.Conversations.SearchFields!.Reader.CanRead("custom_attributes.anything"));
            Assert.False(IntercomResources.Conversations.SearchFields!.Reader.CanRead("tag_ids"));
            Assert.False(ContactFields.CanRead("custom_attributes."));
            Assert.Throws<ArgumentException>(() => ContactFields.Read(new Contact(), "segment_id"));
        }
    }
}
