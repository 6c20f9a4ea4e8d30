using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    public class ConversationEndpointTests
    {
        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task A_conversation_has_the_documented_shape_and_its_parts(Transport transport)
        {
            using var client = new SandboxClient(transport);
            var id = client.Workspace.ConversationIdAt(42);
            var conversation = (await client.GetAsync("conversations/" + id)).EnsureOk().Json;
            Assert.Equal("conversation", conversation.Str("type"));
            Assert.Equal(id, conversation.Str("id"));
            Assert.Contains(conversation.Str("state"), new[] { "open", "closed", "snoozed" });
            Assert.Equal(conversation.Str("state") != "closed", conversation.GetProperty("open").GetBoolean());
            Assert.Contains(conversation.Str("priority"), new[] { "none", "low", "medium", "high", "urgent" });
            Assert.Equal(JsonValueKind.Number, conversation.GetProperty("admin_assignee_id").ValueKind);
            Assert.Equal(JsonValueKind.Number, conversation.GetProperty("team_assignee_id").ValueKind);
            Assert.Equal("contact.list", conversation.GetProperty("contacts").Str("type"));
            Assert.Equal("tag.list", conversation.GetProperty("tags").Str("type"));
            Assert.Equal("conversation_statistics", conversation.GetProperty("statistics").Str("type"));
            var source = conversation.GetProperty("source");
            Assert.False(string.IsNullOrEmpty(source.Str("body")));
            Assert.False(string.IsNullOrEmpty(source.GetProperty("author").Str("type")));

            var parts = conversation.GetProperty("conversation_parts");
            Assert.Equal("conversation_part.list", parts.Str("type"));
            var list = parts.GetProperty("conversation_parts").EnumerateArray().ToList();
            Assert.NotEmpty(list);
            Assert.Equal(parts.GetProperty("total_count").GetInt32(), list.Count);
            Assert.Equal(conversation.GetProperty("statistics").GetProperty("count_conversation_parts").GetInt32(), list.Count);
            var times = list.Select(p => p.Long("created_at")).ToList();
            Assert.Equal(times.OrderBy(t => t), times);
            Assert.All(list, p => Assert.Equal("conversation_part", p.Str("type")));
            Assert.True(times.Last() <= conversation.Long("updated_at"));
        }

        [Fact]
        public async Task Lists_and_searches_carry_no_parts()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var page = (await client.GetAsync("conversations?per_page=3")).EnsureOk().Json;
            Assert.Equal("conversation.list", page.Str("type"));
            Assert.All(page.GetProperty("conversations").EnumerateArray(), c => Assert.False(c.TryGetProperty("conversation_parts", out _)));
        }

        [Fact]
        public async Task At_most_the_500_most_recent_parts_are_returned()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small(o => o.ConversationCount = 3000));
            var search = (await client.PostAsync("conversations/search", new
            {
                query = new { field = "statistics.count_conversation_parts", @operator = ">", value = 500 },
            })).EnsureOk().Json;
            var big = search.GetProperty("conversations")[0];
            var total = big.GetProperty("statistics").GetProperty("count_conversation_parts").GetInt32();
            var full = (await client.GetAsync("conversations/" + big.Str("id"))).EnsureOk().Json.GetProperty("conversation_parts");
            Assert.Equal(500, full.GetProperty("conversation_parts").GetArrayLength());
            Assert.Equal(total, full.GetProperty("total_count").GetInt32());
            Assert.Equal(big.Long("updated_at"), full.GetProperty("conversation_parts")[499].Long("created_at"));
        }

        [Fact]
        public async Task Unknown_conversations_are_404()
        {
            using var client = new SandboxClient(Transport.InProcess);
            (await client.GetAsync("conversations/123")).AssertError(404, "not_found");
            (await client.GetAsync("conversations/215470000000000999999")).AssertError(404, "not_found");
        }

        [Fact]
        public async Task Plain_text_display_strips_markup()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var id = client.Workspace.ConversationIdAt(5);
            var html = (await client.GetAsync("conversations/" + id)).EnsureOk().Json.GetProperty("source").Str("body");
            var plain = (await client.GetAsync("conversations/" + id + "?display_as=plaintext")).EnsureOk().Json.GetProperty("source").Str("body");
            Assert.StartsWith("<p>", html);
            Assert.DoesNotContain("<", plain);
        }
    }
}
