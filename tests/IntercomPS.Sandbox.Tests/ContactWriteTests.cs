using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace IntercomPS.Sandbox.Tests
{
    public class ContactWriteTests
    {
        private static readonly DateTimeOffset Now = Day.Utc(2026, 3, 10, 12, 0, 0);

        private static SandboxClient Create(Transport transport = Transport.InProcess) =>
            new SandboxClient(transport, SandboxClient.Small(o => o.TimeProvider = new FakeTimeProvider(Now)));

        private static object F(string field, string op, object? value) => new Dictionary<string, object?> { ["field"] = field, ["operator"] = op, ["value"] = value };

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Creating_a_contact_returns_it_and_makes_it_findable(Transport transport)
        {
            using var client = Create(transport);
            var created = (await client.PostAsync("contacts", new
            {
                email = "new.person@example.com",
                name = "New Person",
                external_id = "ext-new-1",
                custom_attributes = new { plan = "pro", seats = 12 },
            })).EnsureOk().Json;
            Assert.Equal("contact", created.Str("type"));
            Assert.Equal("user", created.Str("role"));
            Assert.Equal(Now.Unix(), created.Long("created_at"));
            Assert.Equal("pro", created.GetProperty("custom_attributes").Str("plan"));
            Assert.Equal(301, client.Workspace.ContactCount);

            var id = created.Str("id");
            Assert.Equal("New Person", (await client.GetAsync("contacts/" + id)).EnsureOk().Json.Str("name"));
            var found = (await client.PostAsync("contacts/search", new { query = F("email", "=", "new.person@example.com") })).EnsureOk().Json;
            Assert.Equal(id, found.GetProperty("data")[0].Str("id"));
            Assert.Equal(id, client.Workspace.FindContactIdByEmail("NEW.person@example.com"));
            Assert.Contains(id, client.Workspace.ContactIdsCreatedIn(Now, Now.AddSeconds(1)));
            Assert.Equal(id, (await client.GetAsync("contacts/find_by_external_id/ext-new-1")).EnsureOk().Json.Str("id"));
        }

        [Fact]
        public async Task A_second_user_with_the_same_email_or_external_id_is_a_conflict()
        {
            using var client = Create();
            var user = (await client.PostAsync("contacts/search", new { query = F("role", "=", "user") })).EnsureOk().Json.GetProperty("data")[0];
            var conflict = await client.PostAsync("contacts", new { email = user.Str("email").ToUpperInvariant() });
            conflict.AssertError(409, "conflict");
            Assert.Contains(user.Str("id"), conflict.ErrorMessage);
            (await client.PostAsync("contacts", new { external_id = user.Str("external_id"), role = "lead" })).AssertError(409, "conflict");
            // Leads may share a user's email.
            (await client.PostAsync("contacts", new { email = user.Str("email"), role = "lead" })).EnsureOk();
        }

        [Fact]
        public async Task Invalid_contacts_are_refused()
        {
            using var client = Create();
            (await client.PostAsync("contacts", new { name = "Nobody" })).AssertError(400, "parameter_not_found");
            (await client.PostAsync("contacts", new { email = "x@example.com", role = "admin" })).AssertError(400, "parameter_invalid");
            (await client.PostAsync("contacts", new { email = "y@example.com", custom_attributes = new { shoe_size = 42 } })).AssertError(400, "parameter_invalid");
            (await client.PostAsync("contacts", new { email = "z@example.com", custom_attributes = new { seats = "many" } })).AssertError(400, "parameter_invalid");
            (await client.PostAsync("contacts", new { role = "lead", email_verified = true })).AssertError(400, "parameter_invalid");
            Assert.Equal(300, client.Workspace.ContactCount);
        }

        [Fact]
        public async Task Updating_changes_fields_and_updated_at()
        {
            using var client = Create();
            var id = client.Workspace.ContactIdAt(7);
            var updated = (await client.PutAsync("contacts/" + id, new { name = "Renamed Person", custom_attributes = new { seats = 999 } })).EnsureOk().Json;
            Assert.Equal("Renamed Person", updated.Str("name"));
            Assert.Equal(999, updated.GetProperty("custom_attributes").Long("seats"));
            Assert.Equal(Now.Unix(), updated.Long("updated_at"));
            var found = (await client.PostAsync("contacts/search", new { query = F("custom_attributes.seats", "=", 999) })).EnsureOk().Json;
            Assert.Equal(id, found.GetProperty("data")[0].Str("id"));
            (await client.PutAsync("contacts/000000000000000000000001", new { name = "x" })).AssertError(404, "not_found");
        }

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Deleted_contacts_disappear_everywhere(Transport transport)
        {
            using var client = Create(transport);
            var id = client.Workspace.ContactIdAt(3);
            var deleted = (await client.DeleteAsync("contacts/" + id)).EnsureOk().Json;
            Assert.Equal("contact", deleted.Str("type"));
            Assert.Equal(id, deleted.Str("id"));
            Assert.True(deleted.GetProperty("deleted").GetBoolean());
            (await client.GetAsync("contacts/" + id)).AssertError(404, "not_found");
            (await client.DeleteAsync("contacts/" + id)).AssertError(404, "not_found");
            var all = await client.ListAllAsync("contacts", "data", 150);
            Assert.DoesNotContain(id, all.Ids());
            Assert.Equal(299, all.Count);
            Assert.False(client.Workspace.DeleteContact(id));
            Assert.True(client.Workspace.DeleteContact(client.Workspace.ContactIdAt(4)));
            Assert.Equal(298, client.Workspace.ContactCount);
        }

        [Fact]
        public async Task Archive_and_unarchive_answer_with_the_flag()
        {
            using var client = Create();
            var id = client.Workspace.ContactIdAt(9);
            var archived = (await client.PostAsync($"contacts/{id}/archive")).EnsureOk().Json;
            Assert.True(archived.GetProperty("archived").GetBoolean());
            Assert.Equal(id, archived.Str("id"));
            Assert.False((await client.PostAsync($"contacts/{id}/unarchive")).EnsureOk().Json.GetProperty("archived").GetBoolean());
        }

        [Fact]
        public async Task Merging_a_lead_into_a_user_leaves_a_410_with_a_link()
        {
            using var client = Create();
            var user = (await client.PostAsync("contacts/search", new { query = F("role", "=", "user") })).EnsureOk().Json.GetProperty("data")[0];
            var lead = (await client.PostAsync("contacts", new { role = "lead", email = "lead-to-merge@example.com" })).EnsureOk().Json;

            (await client.PostAsync("contacts/merge", new { from = lead.Str("id"), into = user.Str("id") })).AssertError(400, "invalid_merge");
            (await client.PostAsync("contacts/merge", new { from = user.Str("id"), into = lead.Str("id"), skip_duplicate_validation = true })).AssertError(400, "invalid_merge");

            var merged = (await client.PostAsync("contacts/merge", new { from = lead.Str("id"), into = user.Str("id"), skip_duplicate_validation = true })).EnsureOk().Json;
            Assert.Equal(user.Str("id"), merged.Str("id"));
            var gone = await client.GetAsync("contacts/" + lead.Str("id"));
            gone.AssertError(410, "contact_merged");
            Assert.Equal($"</contacts/{user.Str("id")}>; rel=\"canonical\"", gone.Headers["Link"]);
            Assert.Equal(300, client.Workspace.ContactCount);
        }

        [Fact]
        public async Task Tagging_and_untagging_a_contact()
        {
            using var client = Create();
            var id = client.Workspace.ContactIdAt(11);
            var tagId = client.Workspace.TagIds[5];
            var tag = (await client.PostAsync($"contacts/{id}/tags", new { id = tagId })).EnsureOk().Json;
            Assert.Equal(tagId, tag.Str("id"));
            Assert.Equal(Now.Unix(), tag.Long("applied_at"));
            var tags = (await client.GetAsync($"contacts/{id}/tags")).EnsureOk().Json;
            Assert.Equal("list", tags.Str("type"));
            Assert.Contains(tagId, tags.GetProperty("data").EnumerateArray().Ids());
            var tagged = (await client.SearchAllAsync("contacts/search", F("tag_id", "=", tagId), items: "data")).Ids();
            Assert.Contains(id, tagged);

            Assert.Equal(tagId, (await client.DeleteAsync($"contacts/{id}/tags/{tagId}")).EnsureOk().Json.Str("id"));
            Assert.DoesNotContain(tagId, (await client.GetAsync($"contacts/{id}/tags")).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids());
            (await client.PostAsync($"contacts/{id}/tags", new { id = "999" })).AssertError(404, "not_found");
            (await client.PostAsync($"contacts/{id}/tags", new { })).AssertError(400, "parameter_not_found");
        }

        [Fact]
        public async Task Notes_are_created_and_listed_newest_first()
        {
            using var client = Create();
            var id = client.Workspace.ContactIdAt(12);
            var admin = client.Workspace.AdminIds[2];
            var note = (await client.PostAsync($"contacts/{id}/notes", new { body = "Called about billing", admin_id = admin })).EnsureOk().Json;
            Assert.Equal("note", note.Str("type"));
            Assert.Equal("<p>Called about billing</p>", note.Str("body"));
            Assert.Equal(id, note.GetProperty("contact").Str("id"));
            Assert.Equal(admin, note.GetProperty("author").Str("id"));
            Assert.Equal(Now.Unix(), note.Long("created_at"));

            var notes = (await client.GetAsync($"contacts/{id}/notes")).EnsureOk().Json;
            Assert.Equal("list", notes.Str("type"));
            Assert.Equal(note.Str("id"), notes.GetProperty("data")[0].Str("id"));
            Assert.Equal(notes.GetProperty("data").GetArrayLength(), notes.GetProperty("total_count").GetInt32());
            (await client.PostAsync($"contacts/{id}/notes", new { body = "x", admin_id = "1" })).AssertError(404, "not_found");
            (await client.PostAsync($"contacts/{id}/notes", new { admin_id = admin })).AssertError(400, "parameter_not_found");
        }
    }
}
