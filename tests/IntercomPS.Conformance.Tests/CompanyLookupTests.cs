using System.Threading.Tasks;
using IntercomPS.Conformance.Tests.Prism;
using IntercomPS.Conformance.Tests.Scenarios;
using IntercomPS.Engine.Models;

namespace IntercomPS.Conformance.Tests
{
    /// <summary>What the engine makes of the spec's answer to a company lookup by company_id.</summary>
    [Collection(PrismCollection.Name)]
    [Trait("Category", "Conformance")]
    public sealed class CompanyLookupTests
    {
        private readonly PrismFixture _prism;

        public CompanyLookupTests(PrismFixture prism) => _prism = prism;

        [Fact]
        public async Task Lookup_by_company_id_returns_the_company_of_the_answer()
        {
            Company? found = null;
            var lookup = new EngineScenario("company by company_id",
                async context => found = await context.Connection.Companies.GetByCompanyIdAsync("remote_companies_scroll_2", context.Cancellation));

            var outcome = await lookup.RunAsync(_prism.Examples.BaseUri);

            outcome.AssertConforms();
            Assert.Equal("company", found!.Type);
            Assert.Equal("remote_companies_scroll_2", found.CompanyId);
            Assert.NotNull(found.Id);
        }
    }
}
