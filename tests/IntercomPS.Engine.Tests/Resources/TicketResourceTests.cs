using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Export;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Transport;
using IntercomPS.Sandbox;

namespace IntercomPS.Engine.Tests.Resources
{
    /// <summary>
    /// Tickets and their kin through the generic client, against the in-process sandbox: which of their declared
    /// operations may be resent, lookups of a resource Intercom only lists whole, tagging any declared resource,
    /// and the CSV columns of a ticket export.
    /// </summary>
    public class TicketResourceTests
    {
        private static async Task<(SandboxWorkspace Sandbox, IntercomConnection Connection)> ConnectAsync(Func<SandboxRequest, SandboxFault?>? decide = null)
        {
            var sandbox = new SandboxWorkspace(new SandboxOptions { ContactCount = 10, ConversationCount = 10, Seed = 3 });
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

        /// <summary>Fails the first request to <paramref name="route"/> with a 500, and nothing else.</summary>
        private static Func<SandboxRequest, SandboxFault?> FailFirst(string route)
        {
            var failed = 0;
            return request => request.Route == route && Interlocked.Exchange(ref failed, 1) == 0 ? SandboxFault.ServerError500 : (SandboxFault?)null;
        }

        private static async Task<Ticket> NewTicketAsync(SandboxWorkspace sandbox, IntercomConnection connection)
        {
            var type = (await connection.Resources.ListWholeAsync(IntercomResources.TicketTypes, CancellationToken.None))[0];
            var body = new Dictionary<string, object?>
            {
                ["ticket_type_id"] = type.Id,
                ["contacts"] = new List<object?> { new Dictionary<string, object?> { ["id"] = sandbox.ContactIdAt(0) } },
            };
            return (await connection.Resources.SendAsync<Ticket>(IntercomResources.Tickets.Create!, null, null, body, CancellationToken.None))!;
        }

        [Fact]
        public async Task A_resource_listed_only_whole_is_found_by_id_in_its_cached_list_and_an_unknown_id_is_not_found()
        {
            var (sandbox, connection) = await ConnectAsync();
            using (sandbox)
            using (connection)
            {
                var states = await connection.Resources.ListWholeAsync(IntercomResources.TicketStates, CancellationToken.None);
                var wanted = states[states.Count - 1];
                var found = await connection.Resources.GetAsync(IntercomResources.TicketStates, PathValues.Of("ticket_state_id", wanted.Id!), CancellationToken.None);
                Assert.Equal(wanted.Id, found.Id);
                Assert.Equal(wanted.InternalLabel, found.InternalLabel);
                var missing = await Assert.ThrowsAsync<IntercomPS.Engine.Transport.IntercomApiException>(() =>
                    connection.Resources.GetAsync(IntercomResources.TicketStates, PathValues.Of("ticket_state_id", "no-such-state"), CancellationToken.None));
                Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
                Assert.Contains("'no-such-state'", missing.Message);
                Assert.Equal(1, sandbox.Log.Count("GET /ticket_states"));
            }
        }

        [Fact]
        public async Task Tagging_a_ticket_is_resent_after_a_transient_failure_and_untagging_addresses_the_tag()
        {
            var (sandbox, connection) = await ConnectAsync(FailFirst("POST /tickets/{ticket_id}/tags"));
            using (sandbox)
            using (connection)
            {
                var ticket = await NewTicketAsync(sandbox, connection);
                var tag = await connection.TagChanges.EnsureAsync("Hardware", CancellationToken.None);
                await connection.TagChanges.TagObjectAsync(IntercomResources.Tickets, ticket.Id!, tag.Id!, connection.AdminId!, untag: false, CancellationToken.None);
                Assert.Equal(2, sandbox.Log.Count("POST /tickets/{ticket_id}/tags"));
                var tagged = sandbox.Log.Entries.Last(entry => entry.Route == "POST /tickets/{ticket_id}/tags");
                Assert.Equal($"/tickets/{ticket.Id}/tags", tagged.Path);
                Assert.Contains($"\"id\":\"{tag.Id}\"", tagged.Body);
                await connection.TagChanges.TagObjectAsync(IntercomResources.Tickets, ticket.Id!, tag.Id!, connection.AdminId!, untag: true, CancellationToken.None);
                Assert.Contains(sandbox.Log.Entries, entry => entry.Path == $"/tickets/{ticket.Id}/tags/{tag.Id}" && entry.Method == "DELETE");
            }
        }

        [Theory]
        [InlineData("reply", "POST /tickets/{ticket_id}/reply")]
        [InlineData("link_conversation", "POST /tickets/{ticket_id}/linked_conversations")]
        public async Task A_ticket_reply_or_link_that_may_have_arrived_is_not_resent(string action, string route)
        {
            var (sandbox, connection) = await ConnectAsync(FailFirst(route));
            using (sandbox)
            using (connection)
            {
                var ticket = await NewTicketAsync(sandbox, connection);
                await Assert.ThrowsAsync<IntercomApiException>(() => connection.Resources.SendAsync<object>(IntercomResources.Tickets.Action(action),
                    PathValues.Of("ticket_id", ticket.Id!), null, new Dictionary<string, object?> { ["body"] = "Only once" }, CancellationToken.None));
                Assert.Equal(1, sandbox.Log.Count(route));
            }
        }

        [Fact]
        public async Task A_ticket_create_answered_500_is_not_resent_and_a_change_of_type_is()
        {
            var (sandbox, connection) = await ConnectAsync(request =>
                request.Route == "POST /tickets" || request.Route == "POST /tickets/{ticket_id}/change_type" ? FailOnce(request.Route) : null);
            using (sandbox)
            using (connection)
            {
                await Assert.ThrowsAsync<IntercomApiException>(() => NewTicketAsync(sandbox, connection));
                Assert.Equal(1, sandbox.Log.Count("POST /tickets"));
                var ticket = await NewTicketAsync(sandbox, connection);
                var state = (await connection.Resources.ListWholeAsync(IntercomResources.TicketStates, CancellationToken.None))[0];
                var body = new Dictionary<string, object?> { ["ticket_type_id"] = ticket.TicketType?.Id ?? "1", ["ticket_state_id"] = state.Id };
                var retyped = await connection.Resources.SendAsync<Ticket>(IntercomResources.Tickets.Action("change_type"), PathValues.Of("ticket_id", ticket.Id!), null, body, CancellationToken.None);
                Assert.Equal(ticket.Id, retyped!.Id);
                Assert.Equal(2, sandbox.Log.Count("POST /tickets/{ticket_id}/change_type"));
            }

            SandboxFault? FailOnce(string route) => _failed.Add(route) ? SandboxFault.ServerError500 : (SandboxFault?)null;
        }

        private readonly HashSet<string> _failed = new HashSet<string>(StringComparer.Ordinal);

        [Fact]
        public void A_ticket_export_has_ticket_columns_and_reads_its_ca_columns_from_the_ticket_attributes()
        {
            var names = CsvColumns.Plan(ExportKinds.Tickets, new[] { "Priority", "Browser" });
            Assert.Equal(new[] { "id", "ticket_number", "created_at" }, names.Take(3));
            Assert.Equal(new[] { "ca_Browser", "ca_Priority" }, names.Skip(names.Count - 2));
            Assert.Contains("title", names);
            var json = (IDictionary<string, object?>)IntercomJson.ToPlain(System.Text.Encoding.UTF8.GetBytes(
                "{\"id\":\"7\",\"ticket_id\":\"12\",\"ticket_state\":{\"internal_label\":\"Open\",\"category\":\"submitted\"},"
                + "\"ticket_attributes\":{\"_default_title_\":\"Printer on fire\",\"Priority\":\"High\"},\"custom_attributes\":{\"Priority\":\"wrong\"}}"))!;
            var columns = CsvColumns.Resolve(ExportKinds.Tickets, names).ToDictionary(column => column.Name);
            Assert.Equal("12", columns["ticket_number"].Read(json));
            Assert.Equal("Open", columns["state"].Read(json));
            Assert.Equal("Printer on fire", columns["title"].Read(json));
            Assert.Equal("High", columns["ca_Priority"].Read(json));
            Assert.Null(columns["ca_Browser"].Read(json));
        }
    }
}
