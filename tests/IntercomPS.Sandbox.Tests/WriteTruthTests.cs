using System;
using System.Linq;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace IntercomPS.Sandbox.Tests
{
    /// <summary>
    /// The behaviour the write path's idempotency rests on, and the truth helpers its tests read: a tag applied again
    /// keeps its first applied_at, companies are tagged by company_id, and the truth matches what the API did.
    /// </summary>
    public class WriteTruthTests
    {
        private static readonly DateTimeOffset Now = Day.Utc(2026, 3, 10, 12, 0, 0);

        [Fact]
        public async Task Tagging_again_keeps_the_first_applied_at_and_the_truth_shows_one_tag()
        {
            var clock = new FakeTimeProvider(Now);
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small(o => o.TimeProvider = clock));
            var contact = client.Workspace.ContactIdAt(0);
            var tag = (await client.PostAsync("tags", new { name = "Applied twice" })).EnsureOk().Json.Str("id");
            Assert.Equal(tag, client.Workspace.FindTagId("Applied twice"));

            var first = (await client.PostAsync($"contacts/{contact}/tags", new { id = tag })).EnsureOk().Json;
            clock.Advance(TimeSpan.FromHours(2));
            var second = (await client.PostAsync($"contacts/{contact}/tags", new { id = tag })).EnsureOk().Json;
            Assert.Equal(Now.Unix(), first.Long("applied_at"));
            Assert.Equal(Now.Unix(), second.Long("applied_at"));
            Assert.Single(client.Workspace.ContactTagIds(contact), id => id == tag);

            (await client.DeleteAsync($"contacts/{contact}/tags/{tag}")).EnsureOk();
            Assert.DoesNotContain(tag, client.Workspace.ContactTagIds(contact));
        }

        [Fact]
        public async Task Companies_are_tagged_and_untagged_by_company_id()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small());
            var id = client.Workspace.CompanyIds[0];
            var companyId = (await client.GetAsync("companies/" + id)).EnsureOk().Json.Str("company_id");

            var tagged = (await client.PostAsync("tags", new { name = "By company id", companies = new[] { new { company_id = companyId } } })).EnsureOk().Json;
            Assert.Equal(id, tagged.GetProperty("companies")[0].Str("id"));
            Assert.Contains(tagged.Str("id"), client.Workspace.CompanyTagIds(id));

            (await client.PostAsync("tags", new { name = "By company id", companies = new[] { new { company_id = companyId, untag = true } } })).EnsureOk();
            Assert.DoesNotContain(tagged.Str("id"), client.Workspace.CompanyTagIds(id));
            (await client.PostAsync("tags", new { name = "By company id", companies = new[] { new { company_id = "no-such-company" } } })).AssertError(404, "company_not_found");
        }

        [Fact]
        public async Task Conversation_truth_follows_close_open_and_tags()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small());
            var conversation = client.Workspace.ConversationIdAt(0);
            var admin = client.Workspace.AdminId;
            (await client.PostAsync($"conversations/{conversation}/parts", new { message_type = "close", type = "admin", admin_id = admin })).EnsureOk();
            Assert.Equal("closed", client.Workspace.ConversationState(conversation));
            (await client.PostAsync($"conversations/{conversation}/parts", new { message_type = "open", admin_id = admin })).EnsureOk();
            Assert.Equal("open", client.Workspace.ConversationState(conversation));

            var tag = client.Workspace.TagIds[0];
            (await client.PostAsync($"conversations/{conversation}/tags", new { id = tag, admin_id = admin })).EnsureOk();
            Assert.Contains(tag, client.Workspace.ConversationTagIds(conversation));
            (await client.DeleteAsync($"conversations/{conversation}/tags/{tag}", new { admin_id = admin })).EnsureOk();
            // Not carried any more: Intercom's tag_not_found, which the engine reads as "nothing to remove".
            (await client.DeleteAsync($"conversations/{conversation}/tags/{tag}", new { admin_id = admin })).AssertError(404, "tag_not_found");
            Assert.Null(client.Workspace.ConversationState("no-such-conversation"));
        }

        [Fact]
        public async Task Archiving_shows_in_the_truth()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small());
            var contact = client.Workspace.ContactIdAt(1);
            Assert.Equal(false, client.Workspace.ContactArchived(contact));
            Assert.True((await client.PostAsync($"contacts/{contact}/archive")).EnsureOk().Json.GetProperty("archived").GetBoolean());
            Assert.Equal(true, client.Workspace.ContactArchived(contact));
            (await client.PostAsync($"contacts/{contact}/unarchive")).EnsureOk();
            Assert.Equal(false, client.Workspace.ContactArchived(contact));
            Assert.Null(client.Workspace.ContactArchived("no-such-contact"));
        }
    }
}
