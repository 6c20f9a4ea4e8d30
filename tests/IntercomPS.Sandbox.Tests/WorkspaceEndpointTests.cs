using System.Linq;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    public class WorkspaceEndpointTests
    {
        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Me_is_the_workspace_admin_with_its_app(Transport transport)
        {
            using var client = new SandboxClient(transport);
            var me = (await client.GetAsync("me")).EnsureOk().Json;
            Assert.Equal("admin", me.Str("type"));
            Assert.Equal(client.Workspace.AdminId, me.Str("id"));
            Assert.Contains("@", me.Str("email"));
            var app = me.GetProperty("app");
            Assert.Equal("app", app.Str("type"));
            Assert.Equal(client.Workspace.AppId, app.Str("id_code"));
            Assert.False(string.IsNullOrEmpty(app.Str("name")));
        }

        [Fact]
        public async Task Admins_list_and_lookup()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var list = (await client.GetAsync("admins")).EnsureOk().Json;
            Assert.Equal("admin.list", list.Str("type"));
            var admins = list.GetProperty("admins").EnumerateArray().ToList();
            Assert.Equal(6, admins.Count);
            Assert.All(admins, a => Assert.Equal("admin", a.Str("type")));
            Assert.All(admins, a => Assert.Equal(System.Text.Json.JsonValueKind.Array, a.GetProperty("team_ids").ValueKind));
            Assert.False(admins[0].TryGetProperty("avatar", out _));
            var withAvatars = (await client.GetAsync("admins?display_avatar=true")).EnsureOk().Json;
            Assert.Equal("avatar", withAvatars.GetProperty("admins")[0].GetProperty("avatar").Str("type"));

            var one = (await client.GetAsync("admins/" + admins[2].Str("id"))).EnsureOk().Json;
            Assert.Equal(admins[2].Str("email"), one.Str("email"));
            (await client.GetAsync("admins/123")).AssertError(404, "admin_not_found");
        }

        [Fact]
        public async Task Teams_list_their_admins_and_lookup()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var list = (await client.GetAsync("teams")).EnsureOk().Json;
            Assert.Equal("team.list", list.Str("type"));
            var teams = list.GetProperty("teams").EnumerateArray().ToList();
            Assert.Equal(3, teams.Count);
            var adminIds = client.Workspace.AdminIds.Select(long.Parse).ToHashSet();
            Assert.All(teams, t => Assert.All(t.GetProperty("admin_ids").EnumerateArray(), id => Assert.Contains(id.GetInt64(), adminIds)));
            Assert.Contains(long.Parse(client.Workspace.AdminId), teams[0].GetProperty("admin_ids").EnumerateArray().Select(i => i.GetInt64()));
            Assert.Equal(teams[1].Str("name"), (await client.GetAsync("teams/" + teams[1].Str("id"))).EnsureOk().Json.Str("name"));
            (await client.GetAsync("teams/1")).AssertError(404, "team_not_found");
        }

        [Fact]
        public async Task Tags_list_is_a_list_of_tags_and_lookup_404s_unknown_ids()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var list = (await client.GetAsync("tags")).EnsureOk().Json;
            Assert.Equal("list", list.Str("type"));
            var tags = list.GetProperty("data").EnumerateArray().ToList();
            Assert.Equal(12, tags.Count);
            Assert.All(tags, t => Assert.Equal("tag", t.Str("type")));
            Assert.Equal(tags[3].Str("name"), (await client.GetAsync("tags/" + tags[3].Str("id"))).EnsureOk().Json.Str("name"));
            (await client.GetAsync("tags/42")).AssertError(404, "not_found");
        }

        [Fact]
        public async Task Segments_with_and_without_counts()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var list = (await client.GetAsync("segments")).EnsureOk().Json;
            Assert.Equal("segment.list", list.Str("type"));
            var segments = list.GetProperty("segments").EnumerateArray().ToList();
            Assert.Equal(4, segments.Count);
            Assert.False(segments[0].TryGetProperty("count", out _));
            Assert.All(segments, s => Assert.Contains(s.Str("person_type"), new[] { "user", "contact" }));

            var counted = (await client.GetAsync("segments?include_count=true")).EnsureOk().Json.GetProperty("segments").EnumerateArray().ToList();
            Assert.All(counted, s => Assert.True(s.GetProperty("count").GetInt32() > 0));
            var one = (await client.GetAsync("segments/" + segments[1].Str("id"))).EnsureOk().Json;
            Assert.Equal(segments[1].Str("name"), one.Str("name"));
            (await client.GetAsync("segments/000000000000000000000000")).AssertError(404, "not_found");
        }

        [Fact]
        public async Task Data_attributes_by_model_and_conversation_attributes_on_their_own_endpoint()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var contact = (await client.GetAsync("data_attributes?model=contact")).EnsureOk().Json;
            Assert.Equal("list", contact.Str("type"));
            var attributes = contact.GetProperty("data").EnumerateArray().ToList();
            Assert.All(attributes, a => Assert.Equal("contact", a.Str("model")));
            Assert.Contains(attributes, a => a.Str("full_name") == "custom_attributes.plan" && a.GetProperty("custom").GetBoolean());

            var all = (await client.GetAsync("data_attributes")).EnsureOk().Json.GetProperty("data").EnumerateArray().ToList();
            Assert.Contains(all, a => a.Str("model") == "company");
            Assert.True(all.Count > attributes.Count);

            var conversation = await client.GetAsync("data_attributes?model=conversation");
            Assert.Equal(422, conversation.Status);
            var conversationAttributes = (await client.GetAsync("conversations/attributes")).EnsureOk().Json.GetProperty("data").EnumerateArray().ToList();
            Assert.Contains(conversationAttributes, a => a.Str("name") == "issue_type" && a.Str("type") == "conversation_attribute");
        }

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Companies_by_id_by_company_id_and_paged_lists(Transport transport)
        {
            using var client = new SandboxClient(transport);
            var firstPage = (await client.GetAsync("companies?per_page=8")).EnsureOk().Json;
            Assert.Equal("list", firstPage.Str("type"));
            Assert.Equal(20, firstPage.GetProperty("total_count").GetInt32());
            Assert.Equal(3, firstPage.GetProperty("pages").GetProperty("total_pages").GetInt32());
            var company = firstPage.GetProperty("data")[0];
            Assert.Equal("company", company.Str("type"));
            Assert.True(company.GetProperty("user_count").GetInt32() > 0);
            Assert.Equal("tag.list", company.GetProperty("tags").Str("type"));

            var byId = (await client.GetAsync("companies/" + company.Str("id"))).EnsureOk().Json;
            Assert.Equal(company.Str("name"), byId.Str("name"));
            var byCompanyId = (await client.GetAsync("companies?company_id=" + company.Str("company_id"))).EnsureOk().Json;
            Assert.Equal(company.Str("id"), byCompanyId.GetProperty("data")[0].Str("id"));
            (await client.GetAsync("companies?company_id=nope")).AssertError(404, "company_not_found");
            (await client.GetAsync("companies/000000000000000000000000")).AssertError(404, "company_not_found");

            // Pages by number and by the cursor in pages.next give the same companies.
            var byNumber = (await client.GetAsync("companies?per_page=8&page=2")).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids();
            var cursor = firstPage.GetProperty("pages").GetProperty("next").Str("starting_after");
            var byCursor = (await client.GetAsync("companies?per_page=8&starting_after=" + cursor)).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids();
            Assert.Equal(byNumber, byCursor);

            var listed = (await client.PostAsync("companies/list?per_page=50&order=asc")).EnsureOk().Json.GetProperty("data").EnumerateArray().ToList();
            Assert.Equal(20, listed.Count);
            var lastRequest = listed.Select(c => c.Long("last_request_at")).ToList();
            Assert.Equal(lastRequest.OrderBy(x => x), lastRequest);
        }
    }
}
