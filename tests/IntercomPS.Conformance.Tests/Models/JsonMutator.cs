using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntercomPS.Conformance.Tests.Models
{
    /// <summary>
    /// Turns a schema-valid answer into what the real API also sends: members missing, members null, and values of
    /// another JSON kind than the spec says (numeric fields that turned into strings between versions, and worse).
    /// Random but repeatable: the same body and seed give the same result. Values at the paths <c>keep</c> names
    /// (a list's item array and its items) are left in place, since without them there is no model to read.
    /// </summary>
    internal static class JsonMutator
    {
        /// <summary>Removes about a quarter of the members at every depth, and nulls another quarter.</summary>
        public static JsonNode Thin(JsonNode body, int seed, Func<string, bool> keep)
        {
            var random = new Random(seed);
            var copy = body.DeepClone();
            Walk(copy, "$", (node, path) =>
            {
                if (!(node is JsonObject map)) return;
                foreach (var name in map.Select(member => member.Key).ToList())
                {
                    var roll = random.NextDouble();
                    if (keep(path + "." + name)) continue;
                    if (roll < 0.25) map.Remove(name);
                    else if (roll < 0.5) map[name] = null;
                }
            });
            return copy;
        }

        /// <summary>Gives about a fifth of the values at every depth another JSON kind.</summary>
        public static JsonNode Drift(JsonNode body, int seed, Func<string, bool> keep)
        {
            var random = new Random(seed);
            var copy = body.DeepClone();
            Walk(copy, "$", (node, path) =>
            {
                if (node is JsonObject map)
                {
                    foreach (var name in map.Select(member => member.Key).ToList())
                    {
                        var value = map[name];
                        if (value != null && !keep(path + "." + name) && random.NextDouble() < 0.2) map[name] = OtherKind(value, random);
                    }
                }
                else if (node is JsonArray array)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        var value = array[i];
                        if (value != null && !keep($"{path}[{i}]") && random.NextDouble() < 0.2) array[i] = OtherKind(value, random);
                    }
                }
            });
            return copy;
        }

        /// <summary>Visits every object and array top-down, each with its path ($.conversations[0].source).</summary>
        private static void Walk(JsonNode node, string path, Action<JsonNode, string> visit)
        {
            visit(node, path);
            var children = node switch
            {
                JsonObject map => map.Select(member => (member.Value, path + "." + member.Key)).ToList(),
                JsonArray array => array.Select((item, i) => (item, $"{path}[{i}]")).ToList(),
                _ => new List<(JsonNode?, string)>(),
            };
            foreach (var (child, childPath) in children)
            {
                if (child is JsonObject || child is JsonArray) Walk(child, childPath, visit);
            }
        }

        private static JsonNode OtherKind(JsonNode value, Random random)
        {
            var kind = value.GetValueKind();
            var candidates = new List<Func<JsonNode>>();
            if (kind != JsonValueKind.String) candidates.Add(() => JsonValue.Create(kind == JsonValueKind.Number ? value.ToJsonString() : "drifted"));
            if (kind != JsonValueKind.Number)
            {
                candidates.Add(() => JsonValue.Create(kind == JsonValueKind.String && long.TryParse(value.GetValue<string>(), out var number) ? number : 1734537460L));
            }
            if (kind != JsonValueKind.True && kind != JsonValueKind.False) candidates.Add(() => JsonValue.Create(true));
            if (kind != JsonValueKind.Object) candidates.Add(() => new JsonObject { ["type"] = "drifted" });
            if (kind != JsonValueKind.Array) candidates.Add(() => new JsonArray(JsonValue.Create("drifted")));
            return candidates[random.Next(candidates.Count)]();
        }
    }
}
