using System.Linq;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    public class TagWriteTests
    {
        [Fact]
        public async Task Tags_are_created_by_name_renamed_by_id_and_deleted()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var created = (await client.PostAsync("tags", new { name = "Needs follow-up" })).EnsureOk().Json;
            Assert.Equal("tag", created.Str("type"));
            var again = (await client.PostAsync("tags", new { name = "needs FOLLOW-UP" })).EnsureOk().Json;
            Assert.Equal(created.Str("id"), again.Str("id"));
            Assert.Equal(13, (await client.GetAsync("tags")).EnsureOk().Json.GetProperty("data").GetArrayLength());

            var renamed = (await client.PostAsync("tags", new { id = created.Str("id"), name = "Follow-up" })).EnsureOk().Json;
            Assert.Equal("Follow-up", renamed.Str("name"));
            Assert.Equal("Follow-up", (await client.GetAsync("tags/" + created.Str("id"))).EnsureOk().Json.Str("name"));

            var deleted = await client.DeleteAsync("tags/" + created.Str("id"));
            Assert.Equal(200, deleted.Status);
            Assert.Equal("", deleted.Text);
            (await client.GetAsync("tags/" + created.Str("id"))).AssertError(404, "not_found");
            (await client.DeleteAsync("tags/" + created.Str("id"))).AssertError(404, "not_found");
            (await client.PostAsync("tags", new { test = "invalid" })).AssertError(400, "parameter_invalid");
        }

        [Fact]
        public async Task Deleting_a_tag_removes_it_from_every_object()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var tagId = client.Workspace.TagIds[0];
            var query = new { query = new { field = "tag_ids", @operator = "=", value = tagId } };
            Assert.True((await client.PostAsync("conversations/search", query)).EnsureOk().Json.Long("total_count") > 0);
            (await client.DeleteAsync("tags/" + tagId)).EnsureOk();
            Assert.Equal(0, (await client.PostAsync("conversations/search", query)).EnsureOk().Json.Long("total_count"));
            var conversations = await client.ListAllAsync("conversations", "conversations", 150);
            Assert.DoesNotContain(conversations, c => c.GetProperty("tags").GetProperty("tags").EnumerateArray().Any(t => t.Str("id") == tagId));
        }

        [Fact]
        public async Task Tagging_companies_and_users_by_tag_name()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var company = client.Workspace.CompanyIds[4];
            var user = client.Workspace.ContactIdAt(2);
            var tag = (await client.PostAsync("tags", new { name = "Key account", companies = new[] { new { id = company } } })).EnsureOk().Json;
            Assert.True(tag.GetProperty("companies")[0].GetProperty("tagged").GetBoolean());
            var tagged = (await client.GetAsync("companies?tag_id=" + tag.Str("id"))).EnsureOk().Json;
            Assert.Equal(new[] { company }, tagged.GetProperty("data").EnumerateArray().Ids());
            Assert.Equal("Key account", tagged.GetProperty("data")[0].GetProperty("tags").GetProperty("tags")[0].Str("name"));

            (await client.PostAsync("tags", new { name = "Key account", companies = new[] { new { id = company, untag = true } } })).EnsureOk();
            Assert.Equal(0, (await client.GetAsync("companies?tag_id=" + tag.Str("id"))).EnsureOk().Json.Long("total_count"));

            (await client.PostAsync("tags", new { name = "Key account", users = new[] { new { id = user } } })).EnsureOk();
            Assert.Contains(tag.Str("id"), (await client.GetAsync($"contacts/{user}/tags")).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids());
            (await client.PostAsync("tags", new { name = "x", companies = new[] { new { company_id = "nope" } } })).AssertError(404, "company_not_found");
            (await client.PostAsync("tags", new { name = "x", users = new[] { new { id = "123" } } })).AssertError(404, "not_found");
            Assert.DoesNotContain((await client.GetAsync("tags")).EnsureOk().Json.GetProperty("data").EnumerateArray(), t => t.Str("name") == "x");
        }
    }
}
