using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Transport;
using IntercomPS.Sandbox;

namespace IntercomPS.Engine.Tests.Resources
{
    /// <summary>Companies through the generic list: the scroll (one scroll_param for the whole scroll) and the numbered list.</summary>
    public sealed class CompanyDirectoryTests
    {
        [Fact]
        public async Task The_scroll_hands_every_company_over_once_passing_back_its_unchanging_scroll_param()
        {
            using var sandbox = new SandboxWorkspace(new SandboxOptions { CompanyCount = 50, ContactCount = 20, ConversationCount = 20 });
            using var connection = await ConnectAsync(sandbox);
            var companies = new List<Company>();

            var result = await connection.Companies.ScrollAsync(Collect(companies), CancellationToken.None);

            Assert.Equal(50, companies.Select(company => company.Id).Distinct().Count());
            Assert.Equal(50, result.ItemsDelivered);
            // 15 a page: four pages, and the empty one that ends the scroll.
            Assert.Equal(5, sandbox.Log.Count(SandboxRoutes.ScrollCompanies));
            // The scroll is over: another one can start at once.
            await connection.Companies.ScrollAsync(Collect(new List<Company>()), CancellationToken.None);
        }

        [Fact]
        public async Task The_first_few_come_from_numbered_pages_with_the_total_the_list_announces()
        {
            using var sandbox = new SandboxWorkspace(new SandboxOptions { CompanyCount = 50, ContactCount = 20, ConversationCount = 20 });
            using var connection = await ConnectAsync(sandbox);
            var companies = new List<Company>();

            var result = await connection.Companies.ListFirstAsync(new PagingOptions { Limit = 7 }, Collect(companies), CancellationToken.None);

            Assert.Equal(7, companies.Count);
            Assert.Equal(50, result.TotalCount);
            Assert.True(result.LimitReached);
            Assert.Equal(1, sandbox.Log.Count(SandboxRoutes.ListAllCompanies));
            Assert.Equal(0, sandbox.Log.Count(SandboxRoutes.ScrollCompanies));
        }

        private static Task<IntercomConnection> ConnectAsync(SandboxWorkspace sandbox) =>
            IntercomConnection.ConnectAsync(
                new IntercomClientOptions(new Uri("https://api.intercom.test/"), sandbox.Options.AccessToken) { Handler = sandbox.CreateHandler() },
                "Sandbox", new CacheSettings(), CancellationToken.None);

        private static IPageObserver<Company> Collect(List<Company> into) => PageObserver.Of<Company>((page, _) =>
        {
            into.AddRange(page);
            return Task.CompletedTask;
        });
    }
}
