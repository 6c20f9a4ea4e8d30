using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using IntercomPS.Conformance.Tests.Recording;
using IntercomPS.TestSupport.Prism;

namespace IntercomPS.Conformance.Tests.Scenarios
{
    /// <summary>
    /// Every use of the engine the suite checks against the spec. Ids come from the lists Prism returns (its
    /// examples), as a caller's would; Prism does not filter, so what comes back is not asserted, only what was sent
    /// and that the engine read the answers.
    /// </summary>
    public static partial class EngineScenarios
    {
        private static readonly Lazy<IReadOnlyList<EngineScenario>> Catalogue = new Lazy<IReadOnlyList<EngineScenario>>(() =>
            Workspace().Concat(Conversations()).Concat(ConversationSearch()).Concat(Contacts()).Concat(Changes()).Concat(RawApi()).ToList());

        public static IReadOnlyList<EngineScenario> All => Catalogue.Value;

        public static EngineScenario Named(string name) =>
            All.SingleOrDefault(s => s.Name == name) ?? throw new ArgumentException($"No scenario is named '{name}'.", nameof(name));

        /// <summary>The scenario names, as xunit theory data.</summary>
        public static IEnumerable<object[]> Names => All.Select(s => new object[] { s.Name });

        private static JsonObject BodyOf(RecordedExchange exchange) =>
            JsonNode.Parse(exchange.RequestBody ?? throw new InvalidOperationException($"{exchange.Method} {exchange.Path} had no body."))!.AsObject();

        /// <summary>The operators of every filter (a node with a field) in a search body's query.</summary>
        private static IEnumerable<string> FilterOperators(JsonNode? node)
        {
            if (node is JsonArray array) return array.SelectMany(FilterOperators);
            if (!(node is JsonObject map)) return Enumerable.Empty<string>();
            var own = map.ContainsKey("field") ? new[] { (string)map["operator"]! } : Array.Empty<string>();
            return own.Concat(FilterOperators(map["value"]));
        }

        /// <summary>How many levels of groups a search query has (a lone filter: 0).</summary>
        private static int GroupDepth(JsonNode? node) =>
            node is JsonObject map && !map.ContainsKey("field") && map["value"] is JsonArray entries
                ? 1 + entries.Select(GroupDepth).DefaultIfEmpty(0).Max()
                : 0;
    }
}
