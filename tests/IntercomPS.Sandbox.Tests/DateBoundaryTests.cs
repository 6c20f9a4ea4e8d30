using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    /// <summary>Boundary semantics of date filters: the cases chunked range reads must get right.</summary>
    public class DateBoundaryTests
    {
        private static readonly DateTimeOffset Midnight = Day.Utc(2026, 1, 20);

        private static object F(string field, string op, object? value) => new Dictionary<string, object?> { ["field"] = field, ["operator"] = op, ["value"] = value };
        private static object Range(string lowOp, DateTimeOffset low, string highOp, DateTimeOffset high) =>
            new { @operator = "AND", value = new[] { F("created_at", lowOp, low.Unix()), F("created_at", highOp, high.Unix()) } };

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Inclusive_comparison_includes_items_exactly_on_both_boundaries(Transport transport)
        {
            using var client = new SandboxClient(transport);
            var truth = client.Workspace;
            var from = Midnight.AddDays(-1);
            var onBoundary = truth.ConversationIdsCreatedIn(Midnight, Midnight.AddSeconds(1));
            Assert.True(onBoundary.Count >= 2, "the generator puts several items exactly on every midnight");

            var found = (await client.SearchAllAsync("conversations/search", Range(">", from, "<", Midnight))).Ids();
            Assert.Equal(truth.ConversationIdsCreatedIn(from, Midnight.AddSeconds(1)), found);
            Assert.True(found.Intersect(onBoundary).Count() == onBoundary.Count);
        }

        [Fact]
        public async Task Strict_comparison_excludes_both_boundaries()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small(o => o.InclusiveDateComparison = false));
            var truth = client.Workspace;
            var from = Midnight.AddDays(-1);
            var found = (await client.SearchAllAsync("conversations/search", Range(">", from, "<", Midnight))).Ids();
            Assert.Equal(truth.ConversationIdsCreatedIn(from.AddSeconds(1), Midnight), found);
            Assert.Empty(found.Intersect(truth.ConversationIdsCreatedIn(from, from.AddSeconds(1))));
        }

        [Fact]
        public async Task Or_equal_operators_are_inclusive_whatever_the_setting()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small(o => o.InclusiveDateComparison = false));
            var from = Midnight.AddDays(-1);
            var found = (await client.SearchAllAsync("conversations/search", Range(">=", from, "<=", Midnight))).Ids();
            Assert.Equal(client.Workspace.ConversationIdsCreatedIn(from, Midnight.AddSeconds(1)), found);
        }

        [Fact]
        public async Task The_setting_can_change_on_a_running_workspace()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var query = F("created_at", "<", Midnight.Unix());
            var inclusive = (await client.PostAsync("conversations/search", new { query })).EnsureOk().Json.Long("total_count");
            client.Workspace.Options.InclusiveDateComparison = false;
            var strict = (await client.PostAsync("conversations/search", new { query })).EnsureOk().Json.Long("total_count");
            Assert.Equal(client.Workspace.ConversationIdsCreatedIn(Midnight, Midnight.AddSeconds(1)).Count, inclusive - strict);
        }

        [Fact]
        public async Task Contact_dates_match_whole_days_by_default()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var truth = client.Workspace;
            var midMorning = Midnight.AddHours(9).Unix();

            var onTheDay = (await client.SearchAllAsync("contacts/search", F("created_at", "=", midMorning), items: "data")).Ids();
            Assert.Equal(truth.ContactIdsCreatedIn(Midnight, Midnight.AddDays(1)), onTheDay);

            var after = (await client.SearchAllAsync("contacts/search", F("created_at", ">", midMorning), items: "data")).Ids();
            Assert.Equal(truth.ContactIdsCreatedIn(Midnight.AddDays(1), DateTimeOffset.MaxValue), after);

            var before = (await client.SearchAllAsync("contacts/search", F("created_at", "<", midMorning), items: "data")).Ids();
            Assert.Equal(truth.ContactIdsCreatedIn(DateTimeOffset.MinValue, Midnight), before);
        }

        [Fact]
        public async Task Contact_dates_can_compare_to_the_second()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small(o => o.ContactDatesMatchByDay = false));
            var from = Midnight.AddDays(-3);
            var found = (await client.SearchAllAsync("contacts/search", Range(">", from, "<", Midnight), items: "data")).Ids();
            Assert.Equal(client.Workspace.ContactIdsCreatedIn(from, Midnight.AddSeconds(1)), found);
            (await client.PostAsync("contacts/search", new { query = F("created_at", ">=", from.Unix()) })).EnsureOk();
        }

        [Fact]
        public async Task Other_date_fields_agree_with_the_truth()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small(o => o.ContactDatesMatchByDay = false));
            var from = Day.Utc(2026, 2, 1);
            var to = Day.Utc(2026, 2, 8);
            var found = (await client.SearchAllAsync("conversations/search", new
            {
                @operator = "AND",
                value = new[] { F("updated_at", ">=", from.Unix()), F("updated_at", "<=", to.AddSeconds(-1).Unix()) },
            })).Ids();
            Assert.NotEmpty(found);
            Assert.Equal(client.Workspace.ConversationIdsWhere("updated_at", from, to).OrderBy(i => i), found.OrderBy(i => i));

            var seen = (await client.SearchAllAsync("contacts/search", new
            {
                @operator = "AND",
                value = new[] { F("last_seen_at", ">=", from.Unix()), F("last_seen_at", "<=", to.AddSeconds(-1).Unix()) },
            }, items: "data")).Ids();
            Assert.NotEmpty(seen);
            Assert.Equal(client.Workspace.ContactIdsWhere("last_seen_at", from, to).OrderBy(i => i), seen.OrderBy(i => i));
        }
    }
}
