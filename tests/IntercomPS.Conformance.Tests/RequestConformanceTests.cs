using System.Threading.Tasks;
using IntercomPS.Conformance.Tests.Prism;
using IntercomPS.Conformance.Tests.Scenarios;

namespace IntercomPS.Conformance.Tests
{
    /// <summary>Every request each engine scenario sends passes Prism's validation against Intercom's OpenAPI 2.16 description.</summary>
    [Collection(PrismCollection.Name)]
    [Trait("Category", "Conformance")]
    public sealed class RequestConformanceTests
    {
        private readonly PrismFixture _prism;

        public RequestConformanceTests(PrismFixture prism) => _prism = prism;

        [Theory]
        [MemberData(nameof(EngineScenarios.Names), MemberType = typeof(EngineScenarios))]
        public async Task Engine_requests_are_valid_per_the_spec(string scenario)
        {
            var outcome = await _prism.RunAsync(EngineScenarios.Named(scenario));
            outcome.AssertConforms();
        }

        [Fact]
        public async Task Data_attributes_of_conversations_are_requested_as_the_spec_allows()
        {
            var outcome = await _prism.RunAsync(EngineScenarios.ConversationDataAttributes);
            outcome.AssertConforms();
        }
    }
}
