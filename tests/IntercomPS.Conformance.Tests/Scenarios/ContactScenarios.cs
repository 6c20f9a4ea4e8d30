using System.Collections.Generic;
using System.Linq;
using IntercomPS.Conformance.Tests.Recording;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Search;
using static IntercomPS.Conformance.Tests.Scenarios.QueryGraph;

namespace IntercomPS.Conformance.Tests.Scenarios
{
    public static partial class EngineScenarios
    {
        private const string ContactSearchPath = "/contacts/search";

        private static IEnumerable<EngineScenario> Contacts()
        {
            yield return new EngineScenario("contacts: get by id, and by external id (plain and needing escapes)", async context =>
            {
                // The spec's example contact.
                var contact = await context.Connection.Contacts.GetAsync("6762f0d01bb69f9f2193bb7d", context.Cancellation, noCache: true);
                await context.Connection.Contacts.GetByAsync("by_external_id", contact.ExternalId!, context.Cancellation);
                await context.Connection.Contacts.GetByAsync("by_external_id", "crm/42 née@example", context.Cancellation);
                Assert.Equal(2, context.Recorder.Exchanges.Count(e => e.Path.StartsWith("/contacts/find_by_external_id/", System.StringComparison.Ordinal)));
            });

            yield return new EngineScenario("contacts: list page by page (per_page, starting_after)", async context =>
            {
                var result = await context.Connection.Contacts.ListAsync(new PagingOptions { PageSize = 40, Limit = 100 }, Collect(new List<Contact>()), context.Cancellation);
                var sent = context.Sent("GET", "/contacts");
                Assert.Equal(3, result.PagesFetched);
                Assert.All(sent, s => Assert.Equal("40", s.QueryValue("per_page")));
                Assert.Equal(new string?[] { null, ResponseSteering.CursorFor(1), ResponseSteering.CursorFor(2) },
                    sent.Select(s => s.QueryValue("starting_after")));
            },
            // The spec's contact list example is empty, so the steering also puts a contact on each steered page.
            () => new ResponseSteering().ContinueCursor("GET", "/contacts", extraPages: 2, fillerType: "contact"));

            yield return new EngineScenario("contact search: sorted, page by page, and by email", async context =>
            {
                var query = Query(Group("AND",
                    Filter("role", SearchOperators.Equal, "user"),
                    Filter("custom_attributes.plan", SearchOperators.In, Values("pro", "enterprise")),
                    Filter("last_seen_at", SearchOperators.GreaterThan, new System.DateTimeOffset(2024, 1, 1, 0, 0, 0, System.TimeSpan.Zero))));
                await SearchContacts(context, new SearchRequest { Query = query, PageSize = 50, Limit = 500, Sort = new SearchSort("last_seen_at", SearchSortOrder.Descending) });
                await SearchContacts(context, new SearchRequest { Query = SearchQuery.FromGraph(Filter("email", SearchOperators.Equal, "joe@bloggs.com")) });
                var bodies = context.Sent("POST", ContactSearchPath).Select(BodyOf).ToList();
                Assert.Equal(3, bodies.Count);
                Assert.All(bodies.Take(2), b => Assert.Equal("descending", (string?)b["sort"]!["order"]));
                Assert.Equal(ResponseSteering.CursorFor(1), (string?)bodies[1]["pagination"]!["starting_after"]);
                Assert.False(bodies[2].ContainsKey("sort"));
            },
            () => new ResponseSteering().ContinueCursor("POST", ContactSearchPath, extraPages: 1, fillerType: "contact"));

            yield return new EngineScenario("contact search: signed_up_at range in 1-day windows, 2 at a time", async context =>
            {
                var request = new SearchRequest
                {
                    Query = Query(Filter("role", SearchOperators.Equal, "lead")),
                    Since = RangeStart,
                    Until = RangeStart.AddDays(3),
                    DateField = "signed_up_at",
                    ChunkDays = 1,
                    ThrottleLimit = 2,
                };
                var result = await SearchContacts(context, request);
                Assert.True(result!.Complete);
                var bodies = context.Sent("POST", ContactSearchPath).Select(BodyOf).ToList();
                Assert.Equal(3, bodies.Count);
                Assert.All(bodies, b => Assert.Equal("ascending", (string?)b["sort"]!["order"]));
            });
        }

        private static async System.Threading.Tasks.Task<IntercomPS.Engine.Ranges.RangeReadResult?> SearchContacts(ScenarioContext context, SearchRequest request)
        {
            var observer = new CollectingObserver<Contact>();
            var result = await context.Connection.Contacts.SearchAsync(request, observer, context.Cancellation);
            Assert.Empty(observer.FailedWindows);
            return result;
        }
    }
}
