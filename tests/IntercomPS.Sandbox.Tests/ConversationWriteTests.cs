using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace IntercomPS.Sandbox.Tests
{
    public class ConversationWriteTests
    {
        private static readonly DateTimeOffset Now = Day.Utc(2026, 3, 10, 12, 0, 0);

        private static SandboxClient Create(Transport transport = Transport.InProcess) =>
            new SandboxClient(transport, SandboxClient.Small(o => o.TimeProvider = new FakeTimeProvider(Now)));

        private static object F(string field, string op, object? value) => new Dictionary<string, object?> { ["field"] = field, ["operator"] = op, ["value"] = value };

        private static JsonElement LastPart(JsonElement conversation)
        {
            var parts = conversation.GetProperty("conversation_parts").GetProperty("conversation_parts");
            return parts[parts.GetArrayLength() - 1];
        }

        private static async Task<JsonElement> FirstWithState(SandboxClient client, string state) =>
            (await client.PostAsync("conversations/search", new { query = F("state", "=", state) })).EnsureOk().Json.GetProperty("conversations")[0];

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Updating_sets_read_title_and_custom_attributes(Transport transport)
        {
            using var client = Create(transport);
            var id = client.Workspace.ConversationIdAt(20);
            var updated = (await client.PutAsync("conversations/" + id, new { read = true, title = "Escalated refund", custom_attributes = new { issue_type = "Refund" } })).EnsureOk().Json;
            Assert.True(updated.GetProperty("read").GetBoolean());
            Assert.Equal("Escalated refund", updated.Str("title"));
            Assert.Equal("Refund", updated.GetProperty("custom_attributes").Str("issue_type"));
            Assert.Equal(Now.Unix(), updated.Long("updated_at"));
            var found = (await client.PostAsync("conversations/search", new { query = F("title", "=", "escalated refund") })).EnsureOk().Json;
            Assert.Equal(id, found.GetProperty("conversations")[0].Str("id"));
            Assert.Contains(id, client.Workspace.ConversationIdsWhere("updated_at", Now, Now.AddSeconds(1)));

            (await client.PutAsync("conversations/" + id, new { custom_attributes = new { nope = 1 } })).AssertError(400, "parameter_invalid");
            (await client.PutAsync("conversations/" + id, new { company_id = "000000000000000000000000" })).AssertError(404, "company_not_found");
            (await client.PutAsync("conversations/1", new { read = true })).AssertError(404, "not_found");
        }

        [Fact]
        public async Task An_admin_reply_adds_a_comment_and_stops_the_wait()
        {
            using var client = Create();
            var conversation = await FirstWithState(client, "open");
            var admin = client.Workspace.AdminIds[1];
            var replied = (await client.PostAsync($"conversations/{conversation.Str("id")}/reply", new { message_type = "comment", type = "admin", admin_id = admin, body = "On it" })).EnsureOk().Json;
            var part = LastPart(replied);
            Assert.Equal("comment", part.Str("part_type"));
            Assert.Equal("<p>On it</p>", part.Str("body"));
            Assert.Equal(admin, part.GetProperty("author").Str("id"));
            Assert.Equal("admin", part.GetProperty("author").Str("type"));
            Assert.Equal(JsonValueKind.Null, replied.GetProperty("waiting_since").ValueKind);
            Assert.Equal(Now.Unix(), replied.Long("updated_at"));
            Assert.Equal(conversation.GetProperty("statistics").Long("count_conversation_parts") + 1, replied.GetProperty("statistics").Long("count_conversation_parts"));
        }

        [Fact]
        public async Task A_contact_reply_reopens_a_closed_conversation()
        {
            using var client = Create();
            var conversation = await FirstWithState(client, "closed");
            var contactId = conversation.GetProperty("contacts").GetProperty("contacts")[0].Str("id");
            var replied = (await client.PostAsync($"conversations/{conversation.Str("id")}/reply", new { message_type = "comment", type = "user", intercom_user_id = contactId, body = "Still broken" })).EnsureOk().Json;
            Assert.Equal("open", replied.Str("state"));
            Assert.True(replied.GetProperty("open").GetBoolean());
            Assert.Equal(Now.Unix(), replied.Long("waiting_since"));
            Assert.Equal(contactId, LastPart(replied).GetProperty("author").Str("id"));
        }

        [Fact]
        public async Task A_note_changes_nothing_but_the_parts()
        {
            using var client = Create();
            var conversation = await FirstWithState(client, "closed");
            var noted = (await client.PostAsync($"conversations/{conversation.Str("id")}/reply", new { message_type = "note", type = "admin", admin_id = client.Workspace.AdminId, body = "<b>internal</b>" })).EnsureOk().Json;
            Assert.Equal("closed", noted.Str("state"));
            Assert.Equal("note", LastPart(noted).Str("part_type"));
            Assert.Equal("<b>internal</b>", LastPart(noted).Str("body"));
        }

        [Fact]
        public async Task Invalid_replies_are_refused()
        {
            using var client = Create();
            var id = client.Workspace.ConversationIdAt(1);
            (await client.PostAsync($"conversations/{id}/reply", new { message_type = "comment", type = "admin", body = "x" })).AssertError(400, "parameter_not_found");
            (await client.PostAsync($"conversations/{id}/reply", new { message_type = "comment", type = "admin", admin_id = client.Workspace.AdminId })).AssertError(400, "parameter_not_found");
            (await client.PostAsync($"conversations/{id}/reply", new { message_type = "shout", type = "admin", admin_id = client.Workspace.AdminId, body = "x" })).AssertError(400, "parameter_invalid");
            (await client.PostAsync($"conversations/{id}/reply", new { message_type = "comment", type = "admin", admin_id = "42", body = "x" })).AssertError(404, "not_found");
            (await client.PostAsync($"conversations/{id}/reply", new { message_type = "comment", type = "user", email = "nobody@nowhere.test", body = "x" })).AssertError(404, "not_found");
        }

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Close_snooze_open_and_assign(Transport transport)
        {
            using var client = Create(transport);
            var id = (await FirstWithState(client, "open")).Str("id");
            var admin = client.Workspace.AdminIds[3];

            var closed = (await client.PostAsync($"conversations/{id}/parts", new { message_type = "close", type = "admin", admin_id = admin, body = "Resolved" })).EnsureOk().Json;
            Assert.Equal("closed", closed.Str("state"));
            Assert.False(closed.GetProperty("open").GetBoolean());
            Assert.Equal("close", LastPart(closed).Str("part_type"));
            Assert.Equal(admin, closed.GetProperty("statistics").Str("last_closed_by_id"));
            Assert.Equal(Now.Unix(), closed.GetProperty("statistics").Long("last_close_at"));

            var until = Now.AddDays(2).Unix();
            var snoozed = (await client.PostAsync($"conversations/{id}/parts", new { message_type = "snoozed", admin_id = admin, snoozed_until = until })).EnsureOk().Json;
            Assert.Equal("snoozed", snoozed.Str("state"));
            Assert.True(snoozed.GetProperty("open").GetBoolean());
            Assert.Equal(until, snoozed.Long("snoozed_until"));

            var opened = (await client.PostAsync($"conversations/{id}/parts", new { message_type = "open", admin_id = admin })).EnsureOk().Json;
            Assert.Equal("open", opened.Str("state"));
            Assert.Equal(JsonValueKind.Null, opened.GetProperty("snoozed_until").ValueKind);

            var assignee = client.Workspace.AdminIds[4];
            var assigned = (await client.PostAsync($"conversations/{id}/parts", new { message_type = "assignment", type = "admin", admin_id = admin, assignee_id = assignee })).EnsureOk().Json;
            Assert.Equal(long.Parse(assignee), assigned.Long("admin_assignee_id"));
            Assert.Equal(assignee, LastPart(assigned).GetProperty("assigned_to").Str("id"));
            var team = client.Workspace.TeamIds[2];
            var teamAssigned = (await client.PostAsync($"conversations/{id}/parts", new { message_type = "assignment", type = "team", admin_id = admin, assignee_id = team })).EnsureOk().Json;
            Assert.Equal(long.Parse(team), teamAssigned.Long("team_assignee_id"));
            var unassigned = (await client.PostAsync($"conversations/{id}/parts", new { message_type = "assignment", type = "admin", admin_id = admin, assignee_id = "0" })).EnsureOk().Json;
            Assert.Equal(0, unassigned.Long("admin_assignee_id"));

            var search = (await client.PostAsync("conversations/search", new { query = new { @operator = "AND", value = new[] { F("id", "=", id), F("team_assignee_id", "=", long.Parse(team)) } } })).EnsureOk().Json;
            Assert.Equal(1, search.Long("total_count"));
        }

        [Fact]
        public async Task Managing_validates_its_inputs()
        {
            using var client = Create();
            var id = client.Workspace.ConversationIdAt(2);
            (await client.PostAsync($"conversations/{id}/parts", new { message_type = "close", type = "admin" })).AssertError(400, "parameter_not_found");
            (await client.PostAsync($"conversations/{id}/parts", new { message_type = "snoozed", admin_id = client.Workspace.AdminId })).AssertError(400, "parameter_not_found");
            (await client.PostAsync($"conversations/{id}/parts", new { message_type = "snoozed", admin_id = client.Workspace.AdminId, snoozed_until = Now.AddDays(-1).Unix() })).AssertError(400, "parameter_invalid");
            (await client.PostAsync($"conversations/{id}/parts", new { message_type = "assignment", type = "admin", admin_id = client.Workspace.AdminId, assignee_id = "77" })).AssertError(404, "not_found");
            (await client.PostAsync($"conversations/{id}/parts", new { message_type = "assignment", type = "team", admin_id = client.Workspace.AdminId, assignee_id = "77" })).AssertError(404, "team_not_found");
            (await client.PostAsync($"conversations/{id}/parts", new { message_type = "reticulate", admin_id = client.Workspace.AdminId })).AssertError(400, "parameter_invalid");
        }

        [Fact]
        public async Task Tagging_and_untagging_a_conversation()
        {
            using var client = Create();
            var id = client.Workspace.ConversationIdAt(30);
            var tagId = client.Workspace.TagIds[7];
            var admin = client.Workspace.AdminIds[2];
            await client.DeleteAsync($"conversations/{id}/tags/{tagId}", new { admin_id = admin });

            var tag = (await client.PostAsync($"conversations/{id}/tags", new { id = tagId, admin_id = admin })).EnsureOk().Json;
            Assert.Equal(tagId, tag.Str("id"));
            Assert.Equal(admin, tag.GetProperty("applied_by").Str("id"));
            var conversation = (await client.GetAsync("conversations/" + id)).EnsureOk().Json;
            Assert.Contains(tagId, conversation.GetProperty("tags").GetProperty("tags").EnumerateArray().Ids());
            Assert.Contains(id, (await client.SearchAllAsync("conversations/search", F("tag_ids", "=", tagId))).Ids());

            (await client.DeleteAsync($"conversations/{id}/tags/{tagId}", new { admin_id = admin })).EnsureOk();
            (await client.DeleteAsync($"conversations/{id}/tags/{tagId}", new { admin_id = admin })).AssertError(404, "tag_not_found");
            (await client.PostAsync($"conversations/{id}/tags", new { id = "999", admin_id = admin })).AssertError(404, "tag_not_found");
            (await client.PostAsync($"conversations/{id}/tags", new { id = tagId })).AssertError(400, "parameter_not_found");
            (await client.PostAsync("conversations/5/tags", new { id = tagId, admin_id = admin })).AssertError(404, "not_found");
        }

        [Fact]
        public async Task Deleting_a_conversation()
        {
            using var client = Create();
            var id = client.Workspace.ConversationIdAt(40);
            var deleted = (await client.DeleteAsync("conversations/" + id)).EnsureOk().Json;
            Assert.Equal("conversation", deleted.Str("object"));
            Assert.True(deleted.GetProperty("deleted").GetBoolean());
            (await client.GetAsync("conversations/" + id)).AssertError(404, "not_found");
            Assert.Equal(699, client.Workspace.ConversationCount);
            Assert.DoesNotContain(id, (await client.ListAllAsync("conversations", "conversations", 150)).Ids());
        }

        [Fact]
        public async Task Added_conversations_appear_in_searches_for_their_dates()
        {
            using var client = Create();
            var late = Day.Utc(2026, 3, 5, 8, 30);
            var id = client.Workspace.AddConversation(late);
            var found = (await client.SearchAllAsync("conversations/search", F("created_at", ">=", Day.Utc(2026, 3, 1).Unix()))).Ids();
            Assert.Equal(new[] { id }, found);
            var fetched = (await client.GetAsync("conversations/" + id)).EnsureOk().Json;
            Assert.Equal(late.Unix(), fetched.Long("created_at"));
            Assert.Equal(701, client.Workspace.ConversationCount);
            Assert.True(string.CompareOrdinal(id, client.Workspace.ConversationIdAt(699)) > 0);
        }
    }
}
