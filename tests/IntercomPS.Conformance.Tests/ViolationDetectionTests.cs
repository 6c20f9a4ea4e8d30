using System.Collections.Generic;
using System.Threading.Tasks;
using IntercomPS.Conformance.Tests.Prism;
using IntercomPS.Conformance.Tests.Scenarios;
using IntercomPS.Engine.Transport;
using Xunit.Sdk;

namespace IntercomPS.Conformance.Tests
{
    /// <summary>
    /// The suite can fail: requests the spec rejects, sent through the engine's raw API, are caught, and the failure
    /// quotes Prism and the request.
    /// </summary>
    [Collection(PrismCollection.Name)]
    [Trait("Category", "Conformance")]
    public sealed class ViolationDetectionTests
    {
        private readonly PrismFixture _prism;

        public ViolationDetectionTests(PrismFixture prism) => _prism = prism;

        [Theory]
        // A search body without its required query (Prism's 422 validation array).
        [InlineData("POST", "conversations/search", null, "{\"pagination\":{\"per_page\":5}}", "must have required property 'query'")]
        // An operator Intercom does not have.
        [InlineData("POST", "conversations/search", null, "{\"query\":{\"field\":\"state\",\"operator\":\"LIKE\",\"value\":\"open\"}}", "query.operator must be equal to one of the allowed values")]
        // Contact search documents its own 400, so Prism reports through the sl-violations header instead.
        [InlineData("POST", "contacts/search", null, "{\"query\":{\"field\":\"role\",\"operator\":\"=\",\"value\":\"user\"},\"sort\":{\"field\":\"created_at\",\"order\":\"desc\"}}", "sort.order must be equal to one of the allowed values")]
        // A query parameter over the spec's maximum.
        [InlineData("GET", "conversations", "151", null, "per_page must be <= 150")]
        public async Task A_request_the_spec_rejects_fails_the_conformance_check(string method, string path, string? perPage, string? body, string prismSays)
        {
            var query = perPage == null ? null : new[] { new KeyValuePair<string, string>("per_page", perPage) };
            var broken = new EngineScenario("deliberately broken request",
                context => context.Connection.Raw.SendAsync(method, path, query, body, context.Cancellation));

            var outcome = await broken.RunAsync(_prism.Examples.BaseUri);

            Assert.IsType<IntercomApiException>(outcome.Failure);
            var failure = Assert.ThrowsAny<XunitException>(() => outcome.AssertConforms());
            Assert.Contains(prismSays, failure.Message);
            Assert.Contains($"{method} /{path}{(perPage == null ? "" : "?per_page=" + perPage)} -> ", failure.Message);
            if (body != null) Assert.Contains("body: " + body, failure.Message);
        }
    }
}
