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
        private static IEnumerable<EngineScenario> Workspace()
        {
            yield return new EngineScenario("connect (GET /me)", context =>
            {
                Assert.NotNull(context.Connection.AdminId);
                Assert.Single(context.Sent("GET", "/me"));
                return Task.CompletedTask;
            });

            yield return new EngineScenario("admins: list, then get by id", async context =>
            {
                var admins = await context.Connection.Admins.ListAsync(context.Cancellation);
                var admin = await context.Connection.Admins.GetAsync(admins.First().Id!, context.Cancellation, noCache: true);
                Assert.NotNull(admin.Id);
            });

            yield return new EngineScenario("teams: list, then get by id", async context =>
            {
                var teams = await context.Connection.Teams.ListAsync(context.Cancellation);
                // The spec's GET /teams example is an empty list; its GET /teams/{team_id} example has this id.
                var id = teams.FirstOrDefault()?.Id ?? "991267902";
                var team = await context.Connection.Teams.GetAsync(id, context.Cancellation, noCache: true);
                Assert.NotNull(team.Id);
            });

            yield return new EngineScenario("tags: list, then get by id", async context =>
            {
                var tags = await context.Connection.Tags.ListAsync(context.Cancellation);
                var tag = await context.Connection.Tags.GetAsync(tags.First().Id!, context.Cancellation, noCache: true);
                Assert.NotNull(tag.Id);
            });

            yield return new EngineScenario("segments: list, then get by id", async context =>
            {
                var segments = await context.Connection.Segments.ListAsync(context.Cancellation);
                var segment = await context.Connection.Segments.GetAsync(segments.First().Id!, context.Cancellation, noCache: true);
                Assert.NotNull(segment.Id);
            });

            yield return new EngineScenario("companies: scroll to the end, then get by id and by company_id", async context =>
            {
                var scrolled = new List<Company>();
                await context.Connection.Companies.ScrollAsync(Collect(scrolled), context.Cancellation);
                var scrolls = context.Sent("GET", "/companies/scroll");
                Assert.Equal(3, scrolls.Count);
                Assert.Null(scrolls[0].QueryValue("scroll_param"));
                Assert.All(scrolls.Skip(1), s => Assert.False(string.IsNullOrEmpty(s.QueryValue("scroll_param"))));

                var first = scrolled.First();
                var byId = await context.Connection.Companies.GetAsync(first.Id!, context.Cancellation, noCache: true);
                // What it returns is checked by CompanyLookupTests: the spec answers with a list here.
                await context.Connection.Companies.GetByCompanyIdAsync(first.CompanyId!, context.Cancellation);
                Assert.NotNull(byId.Id);
                Assert.Equal(first.CompanyId, context.Sent("GET", "/companies").Single().QueryValue("company_id"));
            },
            // Prism hands out the same page and scroll_param for ever; the scroll ends on an empty page.
            () => new ResponseSteering().EndAfter("GET", "/companies/scroll", pages: 2));

            yield return new EngineScenario("companies: the first few, page by page (Get-IntercomCompany -First)", async context =>
            {
                var listed = new List<Company>();
                await context.Connection.Companies.ListFirstAsync(new PagingOptions { Limit = 3 }, Collect(listed), context.Cancellation);
                var pages = context.Sent("POST", "/companies/list");
                Assert.NotEmpty(pages);
                Assert.Equal("1", pages[0].QueryValue("page"));
                Assert.Equal("3", pages[0].QueryValue("per_page"));
                Assert.Empty(context.Sent("GET", "/companies/scroll"));
            });

            yield return new EngineScenario("data attributes: of contacts, of companies, all, with archived", async context =>
            {
                foreach (var model in new[] { "contact", "company", null })
                {
                    Assert.NotEmpty(await context.Connection.DataAttributes.ListAsync(model, includeArchived: false, context.Cancellation));
                    await context.Connection.DataAttributes.ListAsync(model, includeArchived: true, context.Cancellation);
                }
                var sent = context.Sent("GET", "/data_attributes");
                Assert.Equal(6, sent.Count);
                Assert.Equal(3, sent.Count(s => s.QueryValue("include_archived") == "true"));
            });
        }

        /// <summary>
        /// Get-IntercomDataAttribute -Model conversation: kept out of <see cref="All"/> while the engine sends a request
        /// the spec rejects (see RequestConformanceTests).
        /// </summary>
        public static EngineScenario ConversationDataAttributes { get; } = new EngineScenario(
            "data attributes: of conversations",
            async context => await context.Connection.DataAttributes.ListAsync("conversation", includeArchived: false, context.Cancellation));
    }
}
