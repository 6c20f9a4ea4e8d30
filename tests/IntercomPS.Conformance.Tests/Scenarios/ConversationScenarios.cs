using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IntercomPS.Conformance.Tests.Recording;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;

namespace IntercomPS.Conformance.Tests.Scenarios
{
    public static partial class EngineScenarios
    {
        private static IEnumerable<EngineScenario> Conversations()
        {
            yield return new EngineScenario("conversations: list, then get by id", async context =>
            {
                var listed = new List<Conversation>();
                await context.Connection.Conversations.ListAsync(new PagingOptions { Limit = 1 }, Collect(listed), context.Cancellation);
                var conversation = await context.Connection.Conversations.GetAsync(listed.Single().Id!, context.Cancellation);
                Assert.NotNull(conversation.Id);
            });

            yield return new EngineScenario("conversations: list page by page (per_page, starting_after)", async context =>
            {
                var result = await context.Connection.Conversations.ListAsync(
                    new PagingOptions { PageSize = 25, Limit = 100 }, Collect(new List<Conversation>()), context.Cancellation);
                var sent = context.Sent("GET", "/conversations");
                Assert.Equal(3, result.PagesFetched);
                Assert.All(sent, s => Assert.Equal("25", s.QueryValue("per_page")));
                Assert.Equal(new string?[] { null, ResponseSteering.CursorFor(1), ResponseSteering.CursorFor(2) },
                    sent.Select(s => s.QueryValue("starting_after")));
            },
            () => new ResponseSteering().ContinueCursor("GET", "/conversations", extraPages: 2, fillerType: "conversation"));

            yield return new EngineScenario("conversations: list at the largest page size, and with a limit below a page", async context =>
            {
                await context.Connection.Conversations.ListAsync(new PagingOptions { PageSize = 150 }, Collect(new List<Conversation>()), context.Cancellation);
                await context.Connection.Conversations.ListAsync(new PagingOptions { PageSize = 150, Limit = 3 }, Collect(new List<Conversation>()), context.Cancellation);
                Assert.Equal(new[] { "150", "3" }, context.Sent("GET", "/conversations").Select(s => s.QueryValue("per_page")));
            });
        }

        private static IPageObserver<T> Collect<T>(List<T> into) =>
            PageObserver.Of<T>((page, _) =>
            {
                into.AddRange(page);
                return Task.CompletedTask;
            });
    }
}
