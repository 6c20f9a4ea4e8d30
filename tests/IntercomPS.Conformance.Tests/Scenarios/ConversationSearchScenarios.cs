using System;
using System.Collections.Generic;
using System.Linq;
using IntercomPS.Conformance.Tests.Recording;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Search;
using static IntercomPS.Conformance.Tests.Scenarios.QueryGraph;

namespace IntercomPS.Conformance.Tests.Scenarios
{
    public static partial class EngineScenarios
    {
        private const string ConversationSearchPath = "/conversations/search";

        // The spec's conversation examples were created on 2024-12-18.
        private static readonly DateTimeOffset RangeStart = new DateTimeOffset(2024, 12, 17, 0, 0, 0, TimeSpan.Zero);

        private static IEnumerable<EngineScenario> ConversationSearch()
        {
            yield return new EngineScenario("conversation search: each operator as the whole query", async context =>
            {
                var filters = EveryConversationOperator().Append(Filter("open", SearchOperators.Equal, true)).ToList();
                foreach (var filter in filters)
                {
                    await SearchConversations(context, new SearchRequest { Query = Query(filter), PageSize = 5 });
                }
                var sent = context.Sent("POST", ConversationSearchPath);
                Assert.Equal(filters.Count, sent.Count);
                Assert.All(sent, s => Assert.Equal(0, GroupDepth(BodyOf(s)["query"])));
                Assert.Equal(SearchOperators.FilterOperators.OrderBy(o => o), sent.SelectMany(s => FilterOperators(BodyOf(s)["query"])).Distinct().OrderBy(o => o));
            });

            yield return new EngineScenario("conversation search: every operator in one AND group, and in one OR group", async context =>
            {
                foreach (var groupOperator in SearchOperators.GroupOperators)
                {
                    await SearchConversations(context, new SearchRequest { Query = Query(Group(groupOperator, EveryConversationOperator().ToArray<object>())) });
                }
                var sent = context.Sent("POST", ConversationSearchPath);
                Assert.Equal(new[] { "AND", "OR" }, sent.Select(s => (string?)BodyOf(s)["query"]!["operator"]));
                Assert.All(sent, s => Assert.Equal(SearchOperators.FilterOperators, FilterOperators(BodyOf(s)["query"])));
            });

            yield return new EngineScenario("conversation search: nested groups (AND of ORs, OR of ANDs)", async context =>
            {
                var filters = EveryConversationOperator();
                var andOfOrs = Group("AND", Group("OR", filters[0], filters[1]), Group("OR", filters[2], filters[3]), Group("OR", filters[4], filters[5]));
                var orOfAnds = Group("OR", Group("AND", filters.Take(6).ToArray<object>()), Group("AND", filters.Skip(6).ToArray<object>()));
                await SearchConversations(context, new SearchRequest { Query = Query(andOfOrs) });
                await SearchConversations(context, new SearchRequest { Query = Query(orOfAnds) });
                Assert.All(context.Sent("POST", ConversationSearchPath), s => Assert.Equal(2, GroupDepth(BodyOf(s)["query"])));
            });

            yield return new EngineScenario("conversation search: page by page (pagination.per_page, starting_after)", async context =>
            {
                await SearchConversations(context, new SearchRequest { Query = Query(Filter("state", "=", "open")), PageSize = 20, Limit = 100 });
                var pagination = context.Sent("POST", ConversationSearchPath).Select(s => BodyOf(s)["pagination"]!).ToList();
                Assert.All(pagination, p => Assert.Equal(20, (int)p["per_page"]!));
                Assert.Equal(new string?[] { null, ResponseSteering.CursorFor(1), ResponseSteering.CursorFor(2) },
                    pagination.Select(p => (string?)p["starting_after"]));
            },
            () => new ResponseSteering().ContinueCursor("POST", ConversationSearchPath, extraPages: 2, fillerType: "conversation"));

            yield return new EngineScenario("conversation search: 3-day range in 1-day windows, 2 at a time", async context =>
            {
                var request = new SearchRequest { Since = RangeStart, Until = RangeStart.AddDays(3), ChunkDays = 1, ThrottleLimit = 2 };
                var result = await SearchConversations(context, request);
                Assert.NotNull(result);
                Assert.True(result!.Complete, $"{result.FailedWindows.Count} window(s) failed: {string.Join("; ", result.FailedWindows.Select(f => f.Error.Message))}");
                Assert.Equal(3, result.WindowsTotal);
                var sent = context.Sent("POST", ConversationSearchPath);
                Assert.Equal(3, sent.Count);
                Assert.All(sent, s => Assert.Equal(new[] { ">", "<" }, FilterOperators(BodyOf(s)["query"])));
            });

            yield return new EngineScenario("conversation search: range added to an OR of AND groups, and to a full AND group", async context =>
            {
                var filters = EveryConversationOperator();
                var orOfAnds = Group("OR", Group("AND", filters[0], filters[1]), Group("AND", filters[2], filters[8]));
                var fullAnd = Group("AND", filters.Concat(filters.Take(2)).ToArray<object>());
                foreach (var query in new[] { orOfAnds, fullAnd })
                {
                    var result = await SearchConversations(context, new SearchRequest { Query = Query(query), Since = RangeStart, Until = RangeStart.AddDays(2), ChunkDays = 1, ThrottleLimit = 2 });
                    Assert.True(result!.Complete);
                }
                var sent = context.Sent("POST", ConversationSearchPath);
                Assert.Equal(4, sent.Count);
                // A 14-filter AND group has no room for the range's two filters: the engine nests it instead.
                Assert.All(sent, s => Assert.Equal(2, GroupDepth(BodyOf(s)["query"])));
            });
        }

        private static async System.Threading.Tasks.Task<RangeReadResult?> SearchConversations(ScenarioContext context, SearchRequest request)
        {
            var observer = new CollectingObserver<Conversation>();
            var result = await context.Connection.Conversations.SearchAsync(request, observer, context.Cancellation);
            Assert.Empty(observer.FailedWindows);
            return result;
        }
    }
}
