using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using IntercomPS.Conformance.Tests.Prism;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;

namespace IntercomPS.Conformance.Tests.Models
{
    /// <summary>
    /// The engine reads whatever the spec allows: Prism's dynamic mode answers each request with new random
    /// schema-valid data (nulls where the spec says nullable, extra members, odd numbers), and each answer is also
    /// read thinned (members missing or null) and drifted (values of another JSON kind).
    /// </summary>
    [Collection(PrismCollection.Name)]
    [Trait("Category", "Conformance")]
    public sealed class DynamicModelTests
    {
        private const int RequestsPerEndpoint = 30;
        private const int FailuresShown = 3;
        private const int BodyShown = 3000;

        private static readonly IReadOnlyDictionary<string, ModelRead> Reads = new[]
        {
            ModelRead.Object<Conversation>("GET", "conversations/471"),
            ModelRead.Object<Contact>("GET", "contacts/6762f0d01bb69f9f2193bb7d"),
            ModelRead.Object<Company>("GET", "companies/6762f0971bb69f9f2193bb2b"),
            ModelRead.Object<Admin>("GET", "admins/991267466"),
            ModelRead.List<Admin>("GET", "admins", ListItemsProperty.Admins),
            ModelRead.List<Team>("GET", "teams", ListItemsProperty.Teams),
            ModelRead.List<Tag>("GET", "tags", ListItemsProperty.Data),
            ModelRead.List<Segment>("GET", "segments", ListItemsProperty.Segments),
            ModelRead.List<DataAttribute>("GET", "data_attributes", ListItemsProperty.Data),
            ModelRead.List<Conversation>("GET", "conversations", ListItemsProperty.Conversations),
            ModelRead.List<Contact>("GET", "contacts", ListItemsProperty.Data),
            ModelRead.List<Company>("GET", "companies/scroll", ListItemsProperty.Data),
            ModelRead.List<Conversation>("POST", "conversations/search", ListItemsProperty.Conversations, SearchBody),
            ModelRead.List<Contact>("POST", "contacts/search", ListItemsProperty.Data, SearchBody),
        }.ToDictionary(read => read.Name);

        private const string SearchBody = "{\"query\":{\"field\":\"created_at\",\"operator\":\">\",\"value\":1734537460},\"pagination\":{\"per_page\":50}}";

        private readonly PrismFixture _prism;

        public DynamicModelTests(PrismFixture prism) => _prism = prism;

        public static IEnumerable<object[]> Endpoints => Reads.Keys.Select(name => new object[] { name });

        [Theory]
        [MemberData(nameof(Endpoints))]
        public async Task Random_schema_valid_answers_read_without_errors_also_thinned_and_drifted(string endpoint)
        {
            var read = Reads[endpoint];
            using var http = new HttpClient { BaseAddress = _prism.Dynamic.BaseUri, Timeout = TimeSpan.FromSeconds(30) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "conformance");
            http.DefaultRequestHeaders.Add("Intercom-Version", "2.16");

            var failures = new List<string>();
            var wholeNullAnswers = 0;
            for (var request = 0; request < RequestsPerEndpoint; request++)
            {
                var body = await FetchAsync(http, read);
                var parsed = JsonNode.Parse(body);
                if (parsed == null)
                {
                    // The spec marks some whole answers nullable, and Prism then sometimes sends a bare null. No model
                    // can be read from that; the engine must say so with its own exception and not crash otherwise.
                    wholeNullAnswers++;
                    var error = Record.Exception(() => read.Read(body));
                    if (!(error is IntercomJsonException)) failures.Add($"answer #{request} was null; expected IntercomJsonException, got {error?.GetType().Name ?? "no exception"}");
                    continue;
                }
                var variants = new (string Name, JsonNode Body)[]
                {
                    ("as Prism sent it", parsed),
                    ("thinned", JsonMutator.Thin(parsed, request, read.Keeps)),
                    ("drifted", JsonMutator.Drift(parsed, request, read.Keeps)),
                };
                foreach (var (name, variant) in variants)
                {
                    var text = variant.ToJsonString();
                    var error = Record.Exception(() => read.Read(Encoding.UTF8.GetBytes(text)));
                    // Schema-valid but not a page to believe: an empty list that names a next page is refused as
                    // malformed (the transport retries it, then fails the window) rather than read as the list's end.
                    if (error is IntercomJsonException && read.IsEmptyPageNamingANextPage(variant)) continue;
                    if (error != null)
                    {
                        failures.Add($"answer #{request} {name} (seed {request}): {error.GetType().Name}: {error.Message}\n  body: {Shorten(text)}");
                    }
                }
            }

            Assert.True(wholeNullAnswers < RequestsPerEndpoint, $"{endpoint}: all {RequestsPerEndpoint} answers were null; nothing was read.");
            Assert.True(failures.Count == 0,
                $"{endpoint}: {failures.Count} of {RequestsPerEndpoint * 3} reads failed; the first {Math.Min(FailuresShown, failures.Count)}:\n" +
                string.Join("\n", failures.Take(FailuresShown)));
        }

        private static async Task<byte[]> FetchAsync(HttpClient http, ModelRead read)
        {
            using var request = new HttpRequestMessage(new HttpMethod(read.Method), read.Path);
            if (read.RequestBody != null) request.Content = new StringContent(read.RequestBody, Encoding.UTF8, "application/json");
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(response.IsSuccessStatusCode, $"{read.Name}: Prism answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
            return body;
        }

        private static string Shorten(string text) => text.Length <= BodyShown ? text : text.Substring(0, BodyShown) + "...";

        /// <summary>One endpoint, and how the engine reads its answer.</summary>
        private sealed class ModelRead
        {
            private ModelRead(string method, string path, string? requestBody, Action<byte[]> read, string? itemsProperty)
            {
                Method = method;
                Path = path;
                RequestBody = requestBody;
                Read = read;
                ItemsProperty = itemsProperty;
            }

            public string Name => $"{Method} /{Path}";

            public string Method { get; }

            public string Path { get; }

            public string? RequestBody { get; }

            public Action<byte[]> Read { get; }

            private string? ItemsProperty { get; }

            /// <summary>A list's item array and the items in it stay, so there is something to read.</summary>
            public bool IsEmptyPageNamingANextPage(JsonNode body) =>
                ItemsProperty != null && body is JsonObject page &&
                page[ItemsProperty] is JsonArray items && items.Count == 0 &&
                page["pages"] is JsonObject pages && pages["next"] != null;

            public bool Keeps(string path) =>
                ItemsProperty != null &&
                (path == "$." + ItemsProperty || (path.StartsWith("$." + ItemsProperty + "[", StringComparison.Ordinal) && path.EndsWith("]", StringComparison.Ordinal) &&
                                                   path.IndexOf('.', 2 + ItemsProperty.Length) < 0));

            public static ModelRead Object<T>(string method, string path) =>
                new ModelRead(method, path, null, body => IntercomJson.Deserialize<T>(body), null);

            public static ModelRead List<T>(string method, string path, string itemsProperty, string? requestBody = null) where T : class =>
                new ModelRead(method, path, requestBody, body => IntercomJson.ReadListPage<T>(body, itemsProperty), itemsProperty);
        }
    }
}
