using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Transport;
using IntercomPS.Sandbox;

namespace IntercomPS.Engine.Tests.Resources
{
    /// <summary>
    /// The change services against the in-process sandbox: which changes may be resent after a failure (never a
    /// reply, a note or a create), what counts as unchanged, and that the cache follows every change.
    /// </summary>
    public class ChangeServiceTests
    {
        private static async Task<(SandboxWorkspace Sandbox, IntercomConnection Connection)> ConnectAsync(Func<SandboxRequest, SandboxFault?>? decide = null, TimeProvider? sandboxClock = null)
        {
            var sandbox = new SandboxWorkspace(new SandboxOptions { ContactCount = 50, ConversationCount = 50, Seed = 3, TimeProvider = sandboxClock ?? TimeProvider.System });
            sandbox.Options.Faults.Decide = decide;
            var options = new IntercomClientOptions(new Uri("https://api.intercom.test/"), sandbox.Options.AccessToken)
            {
                Handler = sandbox.CreateHandler(),
                BaseRetryDelay = TimeSpan.Zero,
                MaxRetryDelay = TimeSpan.Zero,
                MaxRetries = 3,
            };
            var connection = await IntercomConnection.ConnectAsync(options, "Sandbox", new CacheSettings(), CancellationToken.None);
            return (sandbox, connection);
        }

        /// <summary>Fails the first request to <paramref name="route"/> with <paramref name="fault"/>, and nothing else.</summary>
        private static Func<SandboxRequest, SandboxFault?> FailFirst(string route, SandboxFault fault)
        {
            var failed = 0;
            return request => request.Route == route && Interlocked.Exchange(ref failed, 1) == 0 ? fault : (SandboxFault?)null;
        }

        [Theory]
        [InlineData(SandboxFault.ServerError500)]
        [InlineData(SandboxFault.DropConnection)]
        public async Task A_reply_that_may_have_been_received_is_not_resent(SandboxFault fault)
        {
            var (sandbox, connection) = await ConnectAsync(FailFirst(SandboxRoutes.ReplyToConversation, fault));
            using (sandbox)
            using (connection)
            {
                var id = sandbox.ConversationIdAt(0);
                await Assert.ThrowsAnyAsync<Exception>(() => connection.ConversationChanges.ReplyAsync(id, "Only once", false, connection.AdminId!, CancellationToken.None));
                Assert.Equal(1, sandbox.Log.Count(SandboxRoutes.ReplyToConversation));
            }
        }

        [Theory]
        [InlineData(SandboxFault.ServerError500)]
        [InlineData(SandboxFault.DropConnection)]
        public async Task Tagging_is_resent_after_a_transient_failure_and_applies_once(SandboxFault fault)
        {
            var (sandbox, connection) = await ConnectAsync(FailFirst(SandboxRoutes.TagContact, fault));
            using (sandbox)
            using (connection)
            {
                var contact = sandbox.ContactIdAt(0);
                var tag = await connection.TagChanges.EnsureAsync("Resent", CancellationToken.None);
                var result = await connection.ContactChanges.TagAsync(contact, tag.Id!, CancellationToken.None);
                Assert.Equal(ChangeOutcome.Changed, result.Outcome);
                Assert.Equal(2, sandbox.Log.Count(SandboxRoutes.TagContact));
                Assert.Single(sandbox.ContactTagIds(contact), t => t == tag.Id);
            }
        }

        [Fact]
        public async Task A_create_answered_500_is_not_resent()
        {
            var (sandbox, connection) = await ConnectAsync(FailFirst(SandboxRoutes.CreateContact, SandboxFault.ServerError500));
            using (sandbox)
            using (connection)
            {
                await Assert.ThrowsAsync<IntercomApiException>(() => connection.ContactChanges.CreateAsync(new ContactFields { Email = "once@example.com" }, CancellationToken.None));
                Assert.Equal(1, sandbox.Log.Count(SandboxRoutes.CreateContact));
            }
        }

        [Fact]
        public async Task Closing_a_closed_conversation_and_deleting_a_deleted_contact_are_unchanged()
        {
            var (sandbox, connection) = await ConnectAsync();
            using (sandbox)
            using (connection)
            {
                var conversation = sandbox.ConversationIdAt(1);
                var admin = connection.AdminId!;
                var first = await connection.ConversationChanges.CloseAsync(conversation, admin, null, CancellationToken.None);
                var second = await connection.ConversationChanges.CloseAsync(conversation, admin, null, CancellationToken.None);
                Assert.Equal(first.Outcome == ChangeOutcome.Changed ? 1 : 0, sandbox.Log.Count(SandboxRoutes.ManageConversation));
                Assert.Equal(ChangeOutcome.Unchanged, second.Outcome);
                Assert.Equal("closed", ((Conversation)second.Value!).State);

                var contact = sandbox.ContactIdAt(2);
                Assert.Equal(ChangeOutcome.Changed, (await connection.ContactChanges.DeleteAsync(contact, CancellationToken.None)).Outcome);
                Assert.Equal(ChangeOutcome.Unchanged, (await connection.ContactChanges.DeleteAsync(contact, CancellationToken.None)).Outcome);
            }
        }

        [Fact]
        public async Task Untagging_a_conversation_without_the_tag_is_unchanged_but_an_unknown_conversation_fails()
        {
            var (sandbox, connection) = await ConnectAsync();
            using (sandbox)
            using (connection)
            {
                var conversation = sandbox.ConversationIdAt(3);
                var tag = await connection.TagChanges.EnsureAsync("Never on it", CancellationToken.None);
                var result = await connection.ConversationChanges.UntagAsync(conversation, tag.Id!, connection.AdminId!, CancellationToken.None);
                Assert.Equal(ChangeOutcome.Unchanged, result.Outcome);
                var error = await Assert.ThrowsAsync<IntercomApiException>(() => connection.ConversationChanges.UntagAsync("999999999", tag.Id!, connection.AdminId!, CancellationToken.None));
                Assert.True(error.IsNotFound);
            }
        }

        [Fact]
        public async Task The_cache_holds_the_updated_contact_and_forgets_a_tagged_one()
        {
            var (sandbox, connection) = await ConnectAsync();
            using (sandbox)
            using (connection)
            {
                var id = sandbox.ContactIdAt(4);
                await Assert.ThrowsAsync<ArgumentException>(() => connection.ContactChanges.UpdateAsync(id, new ContactFields(), CancellationToken.None));
                await connection.Contacts.GetAsync(id, CancellationToken.None);
                await connection.ContactChanges.UpdateAsync(id, new ContactFields { Name = "Cached Name" }, CancellationToken.None);
                var gets = sandbox.Log.Count(SandboxRoutes.GetContact);
                Assert.Equal("Cached Name", (await connection.Contacts.GetAsync(id, CancellationToken.None)).Name);
                Assert.Equal(gets, sandbox.Log.Count(SandboxRoutes.GetContact));

                var tag = await connection.TagChanges.EnsureAsync("Evicts", CancellationToken.None);
                await connection.ContactChanges.TagAsync(id, tag.Id!, CancellationToken.None);
                var reread = await connection.Contacts.GetAsync(id, CancellationToken.None);
                Assert.Equal(gets + 1, sandbox.Log.Count(SandboxRoutes.GetContact));
                Assert.Contains(reread.Tags!, t => t.Id == tag.Id);
            }
        }

        /// <summary>
        /// Contact and conversation changes send the operations their resources declare, so that statistics, logs and
        /// the sandbox name each change by the description's template, and its safety is the declared one.
        /// </summary>
        [Fact]
        public async Task Every_contact_and_conversation_change_is_sent_as_a_declared_operation()
        {
            var (sandbox, connection) = await ConnectAsync();
            using (sandbox)
            using (connection)
            {
                var admin = connection.AdminId!;
                var tag = sandbox.TagIds[0];
                var contacts = connection.ContactChanges;
                var user = (Contact)(await contacts.CreateAsync(new ContactFields { Role = "user", Email = "declared@example.test" }, CancellationToken.None)).Value!;
                var lead = (Contact)(await contacts.CreateAsync(new ContactFields { Role = "lead", Email = "declared@example.test" }, CancellationToken.None)).Value!;
                await contacts.UpdateAsync(user.Id!, new ContactFields { Name = "Declared" }, CancellationToken.None);
                await contacts.SetArchivedAsync(user.Id!, true, CancellationToken.None);
                await contacts.SetArchivedAsync(user.Id!, false, CancellationToken.None);
                await contacts.AddNoteAsync(user.Id!, "Declared note", admin, CancellationToken.None);
                await contacts.TagAsync(user.Id!, tag, CancellationToken.None);
                await contacts.UntagAsync(user.Id!, tag, CancellationToken.None);
                await contacts.MergeAsync(lead.Id!, user.Id!, CancellationToken.None);
                await contacts.DeleteAsync(user.Id!, CancellationToken.None);

                var conversation = sandbox.ConversationIdAt(5);
                var conversations = connection.ConversationChanges;
                await conversations.ReplyAsync(conversation, "Declared reply", false, admin, CancellationToken.None);
                await conversations.UpdateAsync(conversation, new ConversationUpdate { Title = "Declared title" }, admin, CancellationToken.None);
                await conversations.CloseAsync(conversation, admin, null, CancellationToken.None);
                await conversations.OpenAsync(conversation, admin, CancellationToken.None);
                await conversations.TagAsync(conversation, tag, admin, CancellationToken.None);
                await conversations.UntagAsync(conversation, tag, admin, CancellationToken.None);

                var contactResource = IntercomResources.Contacts;
                var conversationResource = IntercomResources.Conversations;
                var declared = new[]
                {
                    contactResource.Create!, contactResource.Update!, contactResource.Delete!, contactResource.Action("archive"),
                    contactResource.Action("unarchive"), contactResource.Action("note"), contactResource.Action("tag"), contactResource.Action("untag"),
                    contactResource.Action("merge"), conversationResource.Update!, conversationResource.Action("reply"), conversationResource.Action("manage"),
                    conversationResource.Action("tag"), conversationResource.Action("untag"),
                }.Select(operation => operation.Route).OrderBy(route => route, StringComparer.Ordinal);
                var changes = connection.Client.Statistics.Snapshot().Select(route => route.Route)
                    .Where(route => !route.StartsWith("GET ", StringComparison.Ordinal)).OrderBy(route => route, StringComparer.Ordinal);
                Assert.Equal(declared, changes);
                // The sandbox logs each request by its own route, spelled as in the description.
                Assert.All(changes, route => Assert.True(sandbox.Log.Count(route) > 0, $"The sandbox logged nothing as {route}."));
            }
        }

        /// <summary>What may be resent: anything that adds a contact, a note, a part or a merge never is once it may have arrived.</summary>
        [Fact]
        public void Contact_and_conversation_changes_are_declared_with_their_safety()
        {
            var neverResent = new[]
            {
                "POST /contacts", "POST /contacts/merge", "POST /contacts/{contact_id}/notes",
                "POST /conversations/{conversation_id}/reply", "POST /conversations/{conversation_id}/parts",
            };
            var resentAfterAnyTransientFailure = new[]
            {
                "PUT /contacts/{contact_id}", "DELETE /contacts/{contact_id}", "POST /contacts/{contact_id}/archive",
                "POST /contacts/{contact_id}/unarchive", "POST /contacts/{contact_id}/tags", "DELETE /contacts/{contact_id}/tags/{tag_id}",
                "PUT /conversations/{conversation_id}", "POST /conversations/{conversation_id}/tags",
                "DELETE /conversations/{conversation_id}/tags/{tag_id}",
            };
            ApiOperation Declared(string route) => Assert.Single(IntercomResources.Operations, operation => operation.Route == route);
            Assert.All(neverResent, route => Assert.Equal(RequestSafety.Creating, Declared(route).Safety));
            Assert.All(resentAfterAnyTransientFailure, route => Assert.Equal(RequestSafety.Idempotent, Declared(route).Safety));
        }

        [Fact]
        public void Contact_fields_send_only_what_is_set_in_the_API_shape()
        {
            var fields = new ContactFields
            {
                Name = "Ada",
                SignedUpAt = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero),
                UnsubscribedFromEmails = false,
                CustomAttributes = new Dictionary<string, object?> { ["plan"] = "pro" },
            };
            var body = fields.ToBody();
            Assert.Equal(new[] { "custom_attributes", "name", "signed_up_at", "unsubscribed_from_emails" }, body.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(1767312000L, body["signed_up_at"]);
            Assert.True(new ContactFields().IsEmpty);
        }

        [Fact]
        public async Task Tagging_again_seconds_later_is_unchanged_by_Intercoms_own_clock()
        {
            // The workspace's clock is far from this machine's: only the answer's Date header can tell.
            var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
            var (sandbox, connection) = await ConnectAsync(sandboxClock: clock);
            using (sandbox)
            using (connection)
            {
                var contact = sandbox.ContactIdAt(6);
                var conversation = sandbox.ConversationIdAt(6);
                var tag = await connection.TagChanges.EnsureAsync("Clocked", CancellationToken.None);
                Assert.Equal(ChangeOutcome.Changed, (await connection.ContactChanges.TagAsync(contact, tag.Id!, CancellationToken.None)).Outcome);
                Assert.Equal(ChangeOutcome.Changed, (await connection.ConversationChanges.TagAsync(conversation, tag.Id!, connection.AdminId!, CancellationToken.None)).Outcome);
                clock.Advance(TimeSpan.FromSeconds(10));
                Assert.Equal(ChangeOutcome.Unchanged, (await connection.ContactChanges.TagAsync(contact, tag.Id!, CancellationToken.None)).Outcome);
                Assert.Equal(ChangeOutcome.Unchanged, (await connection.ConversationChanges.TagAsync(conversation, tag.Id!, connection.AdminId!, CancellationToken.None)).Outcome);
            }
        }

        [Theory]
        [InlineData(-10, true)]
        [InlineData(-6, true)]
        [InlineData(-4, false)]
        [InlineData(0, false)]
        public void With_a_Date_header_a_tag_applied_over_5_seconds_before_the_answer_was_already_there(int offsetSeconds, bool already)
        {
            var answeredAt = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
            var applied = new Tag { Id = "1", AppliedAt = answeredAt.AddSeconds(offsetSeconds) };
            // The local send time is an hour off: the server's own clock decides.
            Assert.Equal(already, ChangeRules.WasAlreadyApplied(applied, answeredAt.AddHours(1), answeredAt));
        }

        [Theory]
        [InlineData(-3600, true)]
        [InlineData(-61, true)]
        [InlineData(-30, false)]
        [InlineData(5, false)]
        public void Without_a_Date_header_a_tag_counts_as_already_applied_only_when_applied_over_a_minute_before_sending(int offsetSeconds, bool already)
        {
            var sentAt = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
            var applied = new Tag { Id = "1", AppliedAt = sentAt.AddSeconds(offsetSeconds) };
            Assert.Equal(already, ChangeRules.WasAlreadyApplied(applied, sentAt));
            Assert.False(ChangeRules.WasAlreadyApplied(new Tag { Id = "1" }, sentAt));
        }
    }
}
