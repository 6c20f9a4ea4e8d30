using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IntercomPS.Conformance.Tests.Recording;
using static IntercomPS.Conformance.Tests.Scenarios.QueryGraph;

namespace IntercomPS.Conformance.Tests.Scenarios
{
    public static partial class EngineScenarios
    {
        private static IEnumerable<EngineScenario> RawApi()
        {
            yield return new EngineScenario("raw API: GET with a query, POST with JSON text and with an object graph", async context =>
            {
                var raw = context.Connection.Raw;
                var tag = await raw.SendAsync("GET", "tags/102", null, null, context.Cancellation);
                await raw.SendAsync("GET", "/data_attributes", new[] { Pair("model", "company"), Pair("include_archived", "false") }, null, context.Cancellation);
                await raw.SendAsync("POST", "conversations/search", null,
                    "{\"query\":{\"field\":\"created_at\",\"operator\":\">\",\"value\":\"1306054154\"},\"pagination\":{\"per_page\":5}}", context.Cancellation);
                await raw.SendAsync("POST", "contacts/search", null,
                    new Dictionary<string, object?>
                    {
                        ["query"] = Group("AND", Filter("email", "$", "@example.com"), Filter("role", "=", "user")),
                        ["sort"] = new Dictionary<string, object?> { ["field"] = "created_at", ["order"] = "ascending" },
                    },
                    context.Cancellation);
                Assert.IsAssignableFrom<Dictionary<string, object?>>(tag);
                Assert.Equal(4, context.Recorder.Exchanges.Count(e => e.Path != "/me"));
            });

            yield return new EngineScenario("raw API: paginate a GET list and a POST search", async context =>
            {
                var raw = context.Connection.Raw;
                var items = new List<object?>();
                await raw.PaginateAsync("GET", "conversations", new[] { Pair("per_page", "5") }, null, Collect(items), context.Cancellation);
                await raw.PaginateAsync("POST", "contacts/search", null,
                    new Dictionary<string, object?> { ["query"] = Filter("role", "=", "user"), ["pagination"] = new Dictionary<string, object?> { ["per_page"] = 5L } },
                    Collect(items), context.Cancellation);

                var lists = context.Sent("GET", "/conversations");
                Assert.Equal(new string?[] { null, ResponseSteering.CursorFor(1) }, lists.Select(s => s.QueryValue("starting_after")));
                Assert.All(lists, s => Assert.Equal("5", s.QueryValue("per_page")));
                var searches = context.Sent("POST", ContactSearchPath).Select(BodyOf).ToList();
                Assert.Equal(new string?[] { null, ResponseSteering.CursorFor(1) }, searches.Select(b => (string?)b["pagination"]!["starting_after"]));
                Assert.All(searches, b => Assert.Equal(5, (int)b["pagination"]!["per_page"]!));
            },
            () => new ResponseSteering()
                .ContinueCursor("GET", "/conversations", extraPages: 1, fillerType: "conversation")
                .ContinueCursor("POST", ContactSearchPath, extraPages: 1, fillerType: "contact"));
        }

        private static KeyValuePair<string, string> Pair(string name, string value) => new KeyValuePair<string, string>(name, value);
    }
}
