using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntercomPS.SpecGen
{
    /// <summary>
    /// Writes the sandbox's seed: for every operation of the description, its success status, an example answer and
    /// the example values of its path placeholders. The sandbox's generic store starts each collection from these
    /// answers and answers actions with them, so a resource declared in the engine works offline with no sandbox code.
    /// </summary>
    /// <remarks>
    /// One operation per line, keyed and sorted by route ("GET /tickets/{ticket_id}"), no indentation: compact to
    /// embed, readable in a diff. The answer is the first example of the success response; where the description
    /// gives none it is composed from the examples (and defaults, first enum values) of the response schema.
    /// </remarks>
    public static class SandboxSeedWriter
    {
        public const string OutputPath = "src/IntercomPS.Sandbox/Seed/spec-examples.json";

        /// <summary>Deep enough for every answer of the description; a schema that refers to itself stops where it recurs.</summary>
        private const int MaxDepth = 12;

        private static readonly JsonWriterOptions Compact = new JsonWriterOptions
        {
            // The answers carry HTML and emoji; escaped, the seed would be larger and unreadable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static IEnumerable<KeyValuePair<string, string>> Generate(SpecDocument spec)
        {
            var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var paths = spec.Root.GetProperty("paths");
            foreach (var (method, path, operation) in spec.Operations())
            {
                entries.Add(method + " " + path, Write(DescribeOperation(spec, paths.GetProperty(path), operation)));
            }

            var text = new StringBuilder("{\n");
            var first = true;
            foreach (var entry in entries)
            {
                if (!first) text.Append(",\n");
                first = false;
                text.Append(JsonSerializer.Serialize(entry.Key)).Append(':').Append(entry.Value);
            }
            text.Append("\n}\n");
            yield return new KeyValuePair<string, string>(OutputPath, text.ToString());
        }

        private static JsonObject DescribeOperation(SpecDocument spec, JsonElement pathItem, JsonElement operation)
        {
            var entry = new JsonObject();
            var (status, response) = SuccessResponse(spec, operation.GetProperty("responses"));
            entry["status"] = status;
            if (response is JsonElement documented && Content(documented, out var contentType, out var media))
            {
                var body = ExampleOf(spec, media) ?? (media.TryGetProperty("schema", out var schema) ? Compose(spec, schema, 0, new HashSet<string>()) : null);
                if (contentType != "application/json") entry["contentType"] = contentType;
                if (body != null) entry["body"] = body;
            }

            var parameters = new JsonObject();
            foreach (var parameter in Parameters(spec, pathItem).Concat(Parameters(spec, operation)))
            {
                if (parameter.GetProperty("in").GetString() != "path") continue;
                var example = ParameterExample(spec, parameter);
                if (example != null) parameters[parameter.GetProperty("name").GetString()!] = example;
            }
            if (parameters.Count > 0) entry["params"] = parameters;
            return entry;
        }

        /// <summary>The lowest 2xx response, else the lowest 3xx (a redirect to a download); 200 without an answer when neither is documented.</summary>
        private static (int Status, JsonElement? Response) SuccessResponse(SpecDocument spec, JsonElement responses)
        {
            foreach (var range in new[] { '2', '3' })
            {
                var match = responses.EnumerateObject()
                    .Where(r => r.Name.Length == 3 && r.Name[0] == range && int.TryParse(r.Name, out _))
                    .OrderBy(r => r.Name, StringComparer.Ordinal)
                    .Select(r => (JsonProperty?)r)
                    .FirstOrDefault();
                if (match is JsonProperty found) return (int.Parse(found.Name), spec.Resolve(found.Value));
            }
            return (200, null);
        }

        /// <summary>The JSON content of a response, else its first content of another type (a transcript's text/plain).</summary>
        private static bool Content(JsonElement response, out string contentType, out JsonElement media)
        {
            contentType = "";
            media = default;
            if (!response.TryGetProperty("content", out var content)) return false;
            var chosen = content.EnumerateObject().OrderBy(c => c.Name == "application/json" ? 0 : 1).Select(c => (JsonProperty?)c).FirstOrDefault();
            if (!(chosen is JsonProperty found)) return false;
            contentType = found.Name;
            media = found.Value;
            return true;
        }

        private static JsonNode? ExampleOf(SpecDocument spec, JsonElement media)
        {
            if (media.TryGetProperty("examples", out var examples))
            {
                foreach (var example in examples.EnumerateObject())
                {
                    var resolved = spec.Resolve(example.Value);
                    if (resolved.TryGetProperty("value", out var value)) return ToNode(value);
                }
            }
            return media.TryGetProperty("example", out var single) ? ToNode(single) : null;
        }

        private static IEnumerable<JsonElement> Parameters(SpecDocument spec, JsonElement owner) =>
            owner.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray().Select(spec.Resolve) : Enumerable.Empty<JsonElement>();

        private static JsonNode? ParameterExample(SpecDocument spec, JsonElement parameter)
        {
            if (parameter.TryGetProperty("example", out var example)) return ToNode(example);
            if (parameter.TryGetProperty("examples", out var examples))
            {
                foreach (var candidate in examples.EnumerateObject())
                {
                    if (spec.Resolve(candidate.Value).TryGetProperty("value", out var value)) return ToNode(value);
                }
            }
            return parameter.TryGetProperty("schema", out var schema) && spec.Resolve(schema).TryGetProperty("example", out var fromSchema) ? ToNode(fromSchema) : null;
        }

        /// <summary>
        /// A value built from a schema's own examples: the schema's example, else its members' (objects), one item
        /// (arrays), the default or first enum value (scalars). Null where the schema offers nothing to show.
        /// </summary>
        private static JsonNode? Compose(SpecDocument spec, JsonElement schema, int depth, HashSet<string> enclosing)
        {
            if (depth > MaxDepth) return null;
            var name = SpecDocument.RefName(schema);
            if (name != null && !enclosing.Add(name)) return null;
            try
            {
                schema = spec.Resolve(schema);
                if (schema.ValueKind != JsonValueKind.Object) return null;
                if (schema.TryGetProperty("example", out var example)) return ToNode(example);
                if (schema.TryGetProperty("allOf", out var allOf))
                {
                    var merged = new JsonObject();
                    foreach (var part in allOf.EnumerateArray())
                    {
                        if (!(Compose(spec, part, depth + 1, enclosing) is JsonObject members)) continue;
                        foreach (var member in members.ToList())
                        {
                            members.Remove(member.Key);
                            merged[member.Key] = member.Value;
                        }
                    }
                    return merged;
                }
                foreach (var alternatives in new[] { "oneOf", "anyOf" })
                {
                    if (schema.TryGetProperty(alternatives, out var options))
                    {
                        return options.EnumerateArray().Select(option => Compose(spec, option, depth + 1, enclosing)).FirstOrDefault(value => value != null);
                    }
                }
                if (schema.TryGetProperty("default", out var defaultValue)) return ToNode(defaultValue);
                if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0) return ToNode(values[0]);

                var type = schema.TryGetProperty("type", out var declared) && declared.ValueKind == JsonValueKind.String ? declared.GetString()
                    : schema.TryGetProperty("properties", out _) ? "object"
                    : schema.TryGetProperty("items", out _) ? "array"
                    : null;
                switch (type)
                {
                    case "object":
                        var result = new JsonObject();
                        if (schema.TryGetProperty("properties", out var properties))
                        {
                            foreach (var property in properties.EnumerateObject())
                            {
                                var value = Compose(spec, property.Value, depth + 1, enclosing);
                                if (value != null) result[property.Name] = value;
                            }
                        }
                        return result;
                    case "array":
                        var item = schema.TryGetProperty("items", out var items) ? Compose(spec, items, depth + 1, enclosing) : null;
                        return item == null ? new JsonArray() : new JsonArray(item);
                    default:
                        return null;
                }
            }
            finally
            {
                if (name != null) enclosing.Remove(name);
            }
        }

        private static JsonNode? ToNode(JsonElement element) => JsonNode.Parse(element.GetRawText());

        private static string Write(JsonNode node)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Compact)) node.WriteTo(writer);
            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
