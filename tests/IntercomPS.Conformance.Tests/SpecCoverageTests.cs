using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IntercomPS.Conformance.Tests.Prism;
using IntercomPS.Conformance.Tests.Recording;
using IntercomPS.Conformance.Tests.Scenarios;
using IntercomPS.TestSupport.Prism;

namespace IntercomPS.Conformance.Tests
{
    /// <summary>
    /// What Prism lets through: it does not object to query parameters or body members the spec does not declare.
    /// Every request of every scenario is matched to an operation of the description here, and its query parameters
    /// and top-level body members to what that operation declares.
    /// </summary>
    [Collection(PrismCollection.Name)]
    [Trait("Category", "Conformance")]
    public sealed class SpecCoverageTests
    {
        /// <summary>Parameters the engine sends that the description leaves out, each with why they are right anyway.</summary>
        private static readonly IReadOnlyDictionary<(string Operation, string Parameter), string> DocumentedElsewhere =
            new Dictionary<(string, string), string>
            {
                [("GET /contacts", "per_page")] =
                    "Intercom's 'List all contacts' reference pages GET /contacts by cursor with per_page; the 2.16 description declares only include_merge_history.",
                [("GET /contacts", "starting_after")] =
                    "Intercom's 'List all contacts' reference passes pages.next.starting_after back as starting_after; the 2.16 description omits it.",
            };

        private readonly PrismFixture _prism;

        public SpecCoverageTests(PrismFixture prism) => _prism = prism;

        [Fact]
        public async Task Every_path_method_query_parameter_and_body_member_the_engine_sends_is_in_the_spec()
        {
            var exchanges = new List<RecordedExchange>();
            foreach (var scenario in EngineScenarios.All)
            {
                exchanges.AddRange((await _prism.RunAsync(scenario)).Exchanges);
            }

            var problems = new SortedSet<string>();
            var exceptionsUsed = new HashSet<(string, string)>();
            foreach (var exchange in exchanges)
            {
                var operation = _prism.Spec.Match(exchange.Method, exchange.Path);
                if (operation == null)
                {
                    problems.Add($"{exchange.Method} {exchange.Path}: no operation of the description has this method and path.");
                    continue;
                }
                foreach (var name in exchange.Query.Select(pair => pair.Key).Distinct())
                {
                    if (operation.QueryParameters.Contains(name)) continue;
                    if (DocumentedElsewhere.ContainsKey((operation.ToString(), name))) exceptionsUsed.Add((operation.ToString(), name));
                    else problems.Add($"{operation}: query parameter '{name}' is not declared (declared: {Declared(operation.QueryParameters)}).");
                }
                foreach (var member in BodyMembers(exchange).Where(m => operation.RequestBodyMembers != null && !operation.RequestBodyMembers.Contains(m)))
                {
                    problems.Add($"{operation}: body member '{member}' is not declared (declared: {Declared(operation.RequestBodyMembers!)}).");
                }
            }

            Assert.True(exchanges.Count > EngineScenarios.All.Count, $"The scenarios sent only {exchanges.Count} requests.");
            Assert.True(problems.Count == 0, "Requests the spec does not describe:\n" + string.Join("\n", problems));
            var stale = DocumentedElsewhere.Keys.Where(key => !exceptionsUsed.Contains(key)).ToList();
            Assert.True(stale.Count == 0,
                "These exceptions were not needed by any request; remove them so the list only excuses what the engine sends: " +
                string.Join(", ", stale.Select(key => $"{key.Operation} {key.Parameter}")));
        }

        [Theory]
        [InlineData("GET", "/companies/scroll", "GET /companies/scroll")]
        [InlineData("GET", "/companies/6762f0971bb69f9f2193bb2b", "GET /companies/{company_id}")]
        [InlineData("GET", "/contacts/find_by_external_id/crm%2F42", "GET /contacts/find_by_external_id/{external_id}")]
        [InlineData("POST", "/conversations/search", "POST /conversations/search")]
        public void Concrete_paths_match_the_most_specific_operation(string method, string path, string expected)
        {
            Assert.Equal(expected, _prism.Spec.Match(method, path)?.ToString());
        }

        [Theory]
        [InlineData("GET", "/conversations/471/nonsense")]
        [InlineData("PATCH", "/conversations/471")]
        [InlineData("GET", "/contact")]
        public void Paths_the_spec_lacks_match_no_operation(string method, string path)
        {
            Assert.Null(_prism.Spec.Match(method, path));
        }

        private static IEnumerable<string> BodyMembers(RecordedExchange exchange)
        {
            if (string.IsNullOrEmpty(exchange.RequestBody)) return Enumerable.Empty<string>();
            using var document = JsonDocument.Parse(exchange.RequestBody);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().Select(member => member.Name).ToList()
                : Enumerable.Empty<string>();
        }

        private static string Declared(IEnumerable<string> names)
        {
            var list = names.OrderBy(name => name).ToList();
            return list.Count == 0 ? "none" : string.Join(", ", list);
        }
    }
}
