using System;
using System.Linq;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    public class DataGenerationTests
    {
        [Fact]
        public async Task The_same_seed_gives_the_same_workspace_and_another_seed_another()
        {
            using var a = new SandboxClient(Transport.InProcess, new SandboxOptions { Seed = 11 });
            using var b = new SandboxClient(Transport.InProcess, new SandboxOptions { Seed = 11 });
            using var c = new SandboxClient(Transport.InProcess, new SandboxOptions { Seed = 12 });
            foreach (var index in new[] { 0, 17, 4999 })
            {
                var id = a.Workspace.ConversationIdAt(index);
                Assert.Equal(id, b.Workspace.ConversationIdAt(index));
                Assert.Equal((await a.GetAsync("conversations/" + id)).Text, (await b.GetAsync("conversations/" + id)).Text);
                var contact = a.Workspace.ContactIdAt(index % 2000);
                Assert.Equal((await a.GetAsync("contacts/" + contact)).Text, (await b.GetAsync("contacts/" + contact)).Text);
            }
            Assert.NotEqual((await a.GetAsync("admins")).Json.GetRawText(), (await c.GetAsync("admins")).Json.GetRawText());
            Assert.NotEqual(a.Workspace.ContactIdAt(5), c.Workspace.ContactIdAt(5));
        }

        [Fact]
        public void Created_at_covers_the_range_in_index_order_with_midnights_and_bursts()
        {
            var options = new SandboxOptions();
            using var workspace = new SandboxWorkspace(options);
            var all = workspace.ConversationIdsCreatedIn(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
            Assert.Equal(Enumerable.Range(0, 5000).Select(workspace.ConversationIdAt), all);
            Assert.Equal(all, workspace.ConversationIdsCreatedIn(options.RangeStart, options.RangeEnd));

            var times = all.Select(id => workspace.ConversationCreatedAt(id)!.Value).ToList();
            for (var i = 1; i < times.Count; i++) Assert.True(times[i] >= times[i - 1]);

            for (var day = options.RangeStart; day < options.RangeEnd; day = day.AddDays(1))
            {
                Assert.True(workspace.ConversationIdsCreatedIn(day, day.AddSeconds(1)).Count >= 3, $"items on midnight {day:d}");
            }
            var longestBurst = times.GroupBy(t => t).Max(g => g.Count());
            Assert.True(longestBurst >= 6, "bursts of identical timestamps");
            Assert.True(times.Distinct().Count() > 4000);
        }

        [Fact]
        public void Contacts_follow_the_same_layout()
        {
            var options = new SandboxOptions();
            using var workspace = new SandboxWorkspace(options);
            var all = workspace.ContactIdsCreatedIn(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
            Assert.Equal(2000, all.Count);
            Assert.Equal(Enumerable.Range(0, 2000).Select(workspace.ContactIdAt), all);
            Assert.True(workspace.ContactIdsCreatedIn(Day.Utc(2026, 2, 1), Day.Utc(2026, 2, 1, 0, 0, 1)).Count >= 3);
        }

        [Fact]
        public async Task Empty_workspaces_answer_empty_lists()
        {
            using var client = new SandboxClient(Transport.InProcess, new SandboxOptions { ContactCount = 0, ConversationCount = 0, CompanyCount = 0, TagCount = 0, TeamCount = 0, SegmentCount = 0 });
            var conversations = (await client.GetAsync("conversations")).EnsureOk().Json;
            Assert.Equal(0, conversations.Long("total_count"));
            Assert.Equal(0, conversations.GetProperty("pages").Long("total_pages"));
            Assert.False(conversations.GetProperty("pages").TryGetProperty("next", out _));
            Assert.Equal(0, (await client.PostAsync("contacts/search", new { query = new { field = "role", @operator = "=", value = "user" } })).EnsureOk().Json.Long("total_count"));
            Assert.Equal(0, (await client.GetAsync("companies")).EnsureOk().Json.Long("total_count"));
            (await client.GetAsync("me")).EnsureOk();
        }

        [Theory]
        [InlineData(nameof(SandboxOptions.AdminCount))]
        [InlineData(nameof(SandboxOptions.ContactCount))]
        [InlineData("Range")]
        public void Impossible_options_are_refused(string what)
        {
            var options = new SandboxOptions();
            switch (what)
            {
                case nameof(SandboxOptions.AdminCount): options.AdminCount = 0; break;
                case nameof(SandboxOptions.ContactCount): options.ContactCount = -1; break;
                default: options.RangeEnd = options.RangeStart; break;
            }
            Assert.Throws<ArgumentException>(() => new SandboxWorkspace(options));
        }

        [Fact]
        public void A_workspace_of_a_million_conversations_is_created_instantly()
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using var workspace = new SandboxWorkspace(new SandboxOptions { ConversationCount = 1_000_000, ContactCount = 100_000 });
            Assert.Equal(1_000_000, workspace.ConversationCount);
            Assert.Equal(100_000, workspace.ContactCount);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
        }
    }
}
