using System;
using System.Linq;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    public class PagingTests
    {
        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Listing_conversations_walks_every_conversation_exactly_once(Transport transport)
        {
            using var client = new SandboxClient(transport);
            var all = await client.ListAllAsync("conversations", "conversations", perPage: 150);
            var ids = all.Ids();
            Assert.Equal(client.Workspace.ConversationCount, ids.Count);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            var truth = client.Workspace.ConversationIdsCreatedIn(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
            Assert.Equal(truth, ids);
        }

        [Fact]
        public async Task Listing_contacts_walks_every_contact_exactly_once_with_the_default_page_size()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var first = (await client.GetAsync("contacts")).EnsureOk().Json;
            Assert.Equal("list", first.Str("type"));
            Assert.Equal(50, first.GetProperty("data").GetArrayLength());
            Assert.Equal(300, first.GetProperty("total_count").GetInt32());
            var pages = first.GetProperty("pages");
            Assert.Equal("pages", pages.Str("type"));
            Assert.Equal(1, pages.GetProperty("page").GetInt32());
            Assert.Equal(6, pages.GetProperty("total_pages").GetInt32());
            Assert.Equal(50, pages.GetProperty("next").GetProperty("per_page").GetInt32());

            var all = await client.ListAllAsync("contacts", "data", perPage: 37);
            Assert.Equal(client.Workspace.ContactIdsCreatedIn(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), all.Ids());
        }

        [Fact]
        public async Task Page_numbers_count_up_and_the_last_page_has_no_next()
        {
            using var client = new SandboxClient(Transport.InProcess);
            string? cursor = null;
            for (var page = 1; page <= 5; page++)
            {
                var json = (await client.GetAsync("conversations?per_page=150" + (cursor == null ? "" : "&starting_after=" + cursor))).EnsureOk().Json;
                var pages = json.GetProperty("pages");
                Assert.Equal(page, pages.GetProperty("page").GetInt32());
                Assert.Equal(5, pages.GetProperty("total_pages").GetInt32());
                Assert.Equal(700, json.GetProperty("total_count").GetInt32());
                if (page == 5)
                {
                    Assert.False(pages.TryGetProperty("next", out _));
                    Assert.Equal(100, json.GetProperty("conversations").GetArrayLength());
                }
                else
                {
                    cursor = pages.GetProperty("next").Str("starting_after");
                }
            }
        }

        [Fact]
        public async Task Per_page_above_150_or_below_1_is_refused()
        {
            using var client = new SandboxClient(Transport.InProcess);
            (await client.GetAsync("conversations?per_page=151")).AssertError(400, "parameter_invalid");
            (await client.GetAsync("contacts?per_page=0")).AssertError(400, "parameter_invalid");
            (await client.PostAsync("conversations/search", new { query = new { field = "state", @operator = "=", value = "open" }, pagination = new { per_page = 500 } }))
                .AssertError(400, "parameter_invalid");
        }

        [Fact]
        public async Task A_cursor_is_bound_to_its_query()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var open = new { field = "state", @operator = "=", value = "open" };
            var first = (await client.PostAsync("conversations/search", new { query = open, pagination = new { per_page = 5 } })).EnsureOk().Json;
            var cursor = first.GetProperty("pages").GetProperty("next").Str("starting_after");

            var closed = new { field = "state", @operator = "=", value = "closed" };
            (await client.PostAsync("conversations/search", new { query = closed, pagination = new { per_page = 5, starting_after = cursor } }))
                .AssertError(400, "client_error");
            (await client.GetAsync("conversations?starting_after=" + cursor)).AssertError(400, "client_error");
            (await client.GetAsync("conversations?starting_after=garbage")).AssertError(400, "client_error");
            // Same query, another page size: fine.
            (await client.PostAsync("conversations/search", new { query = open, pagination = new { per_page = 7, starting_after = cursor } })).EnsureOk();
        }

        [Fact]
        public async Task Items_added_or_deleted_mid_walk_do_not_shift_later_pages()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var start = client.Workspace.Options.RangeStart;
            var range = new
            {
                @operator = "AND",
                value = new object[]
                {
                    new { field = "created_at", @operator = ">=", value = start.Unix() },
                    new { field = "created_at", @operator = "<", value = start.AddDays(30).Unix() },
                },
            };
            var first = (await client.PostAsync("conversations/search", new { query = range, pagination = new { per_page = 50 } })).EnsureOk().Json;
            var firstIds = first.GetProperty("conversations").EnumerateArray().Ids();
            var cursor = first.GetProperty("pages").GetProperty("next").Str("starting_after");

            // A conversation deleted from the first page and one added before the cursor position change nothing after it.
            var truthAfter = client.Workspace.ConversationIdsCreatedIn(start, start.AddDays(30)).Skip(50).Take(50).ToList();
            Assert.True(client.Workspace.DeleteConversation(firstIds[3]));
            client.Workspace.AddConversation(start.AddHours(1));
            var second = (await client.PostAsync("conversations/search", new { query = range, pagination = new { per_page = 50, starting_after = cursor } })).EnsureOk().Json;
            Assert.Equal(truthAfter, second.GetProperty("conversations").EnumerateArray().Ids());
            Assert.Equal(2, second.GetProperty("pages").GetProperty("page").GetInt32());
        }
    }
}
