using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    public class ContactEndpointTests
    {
        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task A_contact_has_the_documented_shape(Transport transport)
        {
            using var client = new SandboxClient(transport);
            var id = client.Workspace.ContactIdAt(10);
            var contact = (await client.GetAsync("contacts/" + id)).EnsureOk().Json;
            Assert.Equal("contact", contact.Str("type"));
            Assert.Equal(id, contact.Str("id"));
            Assert.Equal(client.Workspace.AppId, contact.Str("workspace_id"));
            Assert.Contains(contact.Str("role"), new[] { "user", "lead" });
            Assert.Equal(JsonValueKind.Number, contact.GetProperty("created_at").ValueKind);
            Assert.Equal(JsonValueKind.Number, contact.GetProperty("updated_at").ValueKind);
            Assert.True(contact.Long("updated_at") >= contact.Long("created_at"));
            foreach (var nullable in new[] { "signed_up_at", "last_seen_at", "external_id", "email", "name", "phone" })
            {
                Assert.True(contact.TryGetProperty(nullable, out _), nullable);
            }
            var custom = contact.GetProperty("custom_attributes");
            Assert.Equal(JsonValueKind.String, custom.GetProperty("plan").ValueKind);
            Assert.Equal(JsonValueKind.Number, custom.GetProperty("seats").ValueKind);
            Assert.Equal("list", contact.GetProperty("tags").Str("type"));
            Assert.Equal("/contacts/" + id + "/tags", contact.GetProperty("tags").Str("url"));
            Assert.Equal("location", contact.GetProperty("location").Str("type"));
        }

        [Fact]
        public async Task Unknown_contacts_are_404_user_not_found()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var answer = await client.GetAsync("contacts/5ba682d23d7cf92bef87bfd4");
            answer.AssertError(404, "not_found");
            Assert.Equal("User Not Found", answer.ErrorMessage);
        }

        [Fact]
        public async Task Users_are_found_by_external_id()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var users = (await client.PostAsync("contacts/search", new { query = new { field = "role", @operator = "=", value = "user" } })).EnsureOk().Json;
            var user = users.GetProperty("data")[0];
            var found = (await client.GetAsync("contacts/find_by_external_id/" + user.Str("external_id"))).EnsureOk().Json;
            Assert.Equal(user.Str("id"), found.Str("id"));
            (await client.GetAsync("contacts/find_by_external_id/no-such-user")).AssertError(404, "not_found");
        }

        [Fact]
        public async Task Conversations_reference_fewer_distinct_contacts_than_there_are_conversations()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var conversations = await client.ListAllAsync("conversations", "conversations", 150);
            var contactIds = conversations.SelectMany(c => c.GetProperty("contacts").GetProperty("contacts").EnumerateArray()).Select(c => c.Str("id")).ToList();
            var distinct = contactIds.Distinct().ToList();
            Assert.True(distinct.Count < conversations.Count);
            // Every referenced contact exists.
            foreach (var id in distinct.Take(25)) (await client.GetAsync("contacts/" + id)).EnsureOk();
        }
    }
}
