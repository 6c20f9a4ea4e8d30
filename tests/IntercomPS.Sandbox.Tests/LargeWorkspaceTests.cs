using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    /// <summary>A million conversations: created_at-bounded searches use the index range, so they stay cheap.</summary>
    public class LargeWorkspaceTests
    {
        private static object F(string field, string op, object? value) => new Dictionary<string, object?> { ["field"] = field, ["operator"] = op, ["value"] = value };

        [Fact]
        public async Task A_one_day_search_over_a_million_conversations_returns_exactly_that_day()
        {
            using var client = new SandboxClient(Transport.InProcess, new SandboxOptions { ConversationCount = 1_000_000, ContactCount = 50_000 });
            Assert.Equal(1_000_000, client.Workspace.ConversationCount);
            var day = Day.Utc(2026, 2, 3);
            // "<" would include the next midnight (inclusive comparison, the default), so the end is "<=" the last second.
            var query = new { @operator = "AND", value = new[] { F("created_at", ">=", day.Unix()), F("created_at", "<=", day.AddDays(1).Unix() - 1) } };

            var truth = client.Workspace.ConversationIdsCreatedIn(day, day.AddDays(1));
            Assert.InRange(truth.Count, 15_000, 20_000);
            var found = await client.SearchAllAsync("conversations/search", query);
            Assert.Equal(truth, found.Ids());
            Assert.All(found, c => Assert.InRange(c.Long("created_at"), day.Unix(), day.AddDays(1).Unix() - 1));
        }

        [Fact]
        public async Task Residual_filters_inside_a_range_are_evaluated_once_and_paged_from_the_cache()
        {
            using var client = new SandboxClient(Transport.InProcess, new SandboxOptions { ConversationCount = 1_000_000, ContactCount = 50_000 });
            var day = Day.Utc(2026, 1, 15);
            var query = new
            {
                @operator = "AND",
                value = new object[] { F("created_at", ">", day.Unix()), F("created_at", "<", day.AddDays(2).Unix()), F("state", "=", "open") },
            };
            var found = await client.SearchAllAsync("conversations/search", query);
            Assert.NotEmpty(found);
            Assert.All(found, c => Assert.Equal("open", c.Str("state")));
            var inRange = client.Workspace.ConversationIdsCreatedIn(day, day.AddDays(2).AddSeconds(1)).ToHashSet();
            Assert.All(found, c => Assert.Contains(c.Str("id"), inRange));
        }

        [Fact]
        public async Task An_updated_at_search_finds_old_conversations_written_recently()
        {
            using var client = new SandboxClient(Transport.InProcess, new SandboxOptions { ConversationCount = 200_000, ContactCount = 20_000 });
            var day = Day.Utc(2026, 2, 20);
            var old = client.Workspace.ConversationIdAt(10);
            Assert.True(client.Workspace.TouchConversation(old, day.AddHours(12)));
            var query = new { @operator = "AND", value = new[] { F("updated_at", ">=", day.Unix()), F("updated_at", "<=", day.AddDays(1).Unix() - 1) } };

            var found = (await client.SearchAllAsync("conversations/search", query)).Ids();
            Assert.Contains(old, found);
            Assert.Equal(client.Workspace.ConversationIdsWhere("updated_at", day, day.AddDays(1)).OrderBy(i => i), found.OrderBy(i => i));
        }

        [Fact]
        public async Task Any_conversation_of_a_million_is_retrievable_by_id()
        {
            using var client = new SandboxClient(Transport.InProcess, new SandboxOptions { ConversationCount = 1_000_000 });
            foreach (var index in new[] { 0, 1, 499_999, 999_999 })
            {
                var id = client.Workspace.ConversationIdAt(index);
                var conversation = (await client.GetAsync("conversations/" + id)).EnsureOk().Json;
                Assert.Equal(id, conversation.Str("id"));
            }
        }
    }
}
