using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using IntercomPS.Conformance.Tests.Prism;
using IntercomPS.TestSupport.Prism;

namespace IntercomPS.Conformance.Tests
{
    /// <summary>
    /// The proxy the API coverage test puts between a pwsh session and Prism: it must relay Prism's answers unchanged,
    /// record Prism's verdict and the token of every request, keep escaped path segments as sent, and answer
    /// checkpoints itself.
    /// </summary>
    [Collection(PrismCollection.Name)]
    [Trait("Category", "Conformance")]
    public sealed class RecordingProxyTests
    {
        private readonly PrismFixture _prism;

        public RecordingProxyTests(PrismFixture prism) => _prism = prism;

        [Fact]
        public async Task Relays_answers_and_records_each_request_with_its_token_and_Prisms_verdict()
        {
            await using var proxy = RecordingProxy.Start(_prism.Examples.BaseUri);
            using var http = new HttpClient { BaseAddress = proxy.BaseUri };

            using var valid = await http.SendAsync(Request(HttpMethod.Get, "contacts/find_by_external_id/crm%2F42", "token-a"));
            using var invalid = await http.SendAsync(Request(HttpMethod.Post, "conversations/search", "token-b", "{\"pagination\":{\"per_page\":5}}"));

            Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
            Assert.Contains("\"type\":\"contact\"", await valid.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
            var exchanges = proxy.Exchanges;
            Assert.Equal(2, exchanges.Count);
            Assert.Equal(("GET", "/contacts/find_by_external_id/crm%2F42", "token-a", 200), (exchanges[0].Method, exchanges[0].Path, exchanges[0].BearerToken, exchanges[0].StatusCode));
            Assert.Null(exchanges[0].Violation);
            Assert.Equal(("POST", "token-b", 422), (exchanges[1].Method, exchanges[1].BearerToken, exchanges[1].StatusCode));
            Assert.Equal("{\"pagination\":{\"per_page\":5}}", exchanges[1].RequestBody);
            Assert.Contains("must have required property 'query'", exchanges[1].Violation);
        }

        [Fact]
        public async Task A_checkpoint_is_answered_by_the_proxy_and_notes_how_many_exchanges_came_before()
        {
            await using var proxy = RecordingProxy.Start(_prism.Examples.BaseUri);
            using var http = new HttpClient { BaseAddress = proxy.BaseUri };

            using var before = await http.SendAsync(Request(HttpMethod.Get, "me", "token-a"));
            using var checkpoint = await http.SendAsync(Request(HttpMethod.Post, RecordingProxy.CheckpointPath, "token-a"));
            using var after = await http.SendAsync(Request(HttpMethod.Get, "tags", "token-a"));

            Assert.Equal(HttpStatusCode.NoContent, checkpoint.StatusCode);
            Assert.Equal(new[] { "/me", "/tags" }, proxy.Exchanges.Select(exchange => exchange.Path));
            Assert.Equal(1, proxy.Checkpoints["token-a"]);
        }

        private static HttpRequestMessage Request(HttpMethod method, string path, string token, string? json = null)
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("Intercom-Version", "2.16");
            if (json != null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            return request;
        }
    }
}
