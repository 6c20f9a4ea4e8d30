using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntercomPS.Engine.Tests.Models
{
    /// <summary>
    /// Intercom's OpenAPI 2.16 description (the JSON form made for Prism), vendored in tests/spec/intercom-openapi.
    /// </summary>
    internal static class OpenApiSpec
    {
        private const string RelativePath = "tests/spec/intercom-openapi/api.intercom.io.2.16.prism.json";

        private static readonly Lazy<JsonElement> LazyRoot = new Lazy<JsonElement>(Load);

        public static JsonElement Root => LazyRoot.Value;

        public static JsonElement Schemas => Root.GetProperty("components").GetProperty("schemas");

        public static string Locate()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, RelativePath);
                if (File.Exists(candidate)) return candidate;
            }
            throw new FileNotFoundException(
                $"'{RelativePath}' was not found in any directory above {AppContext.BaseDirectory}; it is vendored in the repository (git checkout -- tests/spec).");
        }

        /// <summary>A response example, with the schema its response declares.</summary>
        public sealed class ResponseExample
        {
            public ResponseExample(string route, string exampleName, string schemaName, JsonElement value)
            {
                Route = route;
                ExampleName = exampleName;
                SchemaName = schemaName;
                Value = value;
            }

            public string Route { get; }
            public string ExampleName { get; }
            public string SchemaName { get; }
            public JsonElement Value { get; }

            public override string ToString() => $"{Route} '{ExampleName}' ({SchemaName})";
        }

        /// <summary>Every example of every 2xx JSON response whose schema is one of <paramref name="schemaNames"/>.</summary>
        public static IEnumerable<ResponseExample> ResponseExamples(ICollection<string> schemaNames)
        {
            foreach (var path in Root.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject())
                {
                    if (operation.Value.ValueKind != JsonValueKind.Object || !operation.Value.TryGetProperty("responses", out var responses)) continue;
                    foreach (var response in responses.EnumerateObject())
                    {
                        if (!response.Name.StartsWith("2", StringComparison.Ordinal)) continue;
                        if (!response.Value.TryGetProperty("content", out var content)
                            || !content.TryGetProperty("application/json", out var json)
                            || !json.TryGetProperty("schema", out var schema)
                            || !json.TryGetProperty("examples", out var examples))
                        {
                            continue;
                        }
                        var schemaName = SchemaName(schema);
                        if (schemaName == null || !schemaNames.Contains(schemaName)) continue;
                        foreach (var example in examples.EnumerateObject())
                        {
                            if (!example.Value.TryGetProperty("value", out var value)) continue;
                            yield return new ResponseExample($"{operation.Name.ToUpperInvariant()} {path.Name}", example.Name, schemaName, value);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// An instance of a component schema built from the <c>example</c> of each of its properties, following
        /// references: it exercises every documented field with the type the spec documents.
        /// </summary>
        public static JsonElement SynthesizeExample(string schemaName)
        {
            var node = Synthesize(Schemas.GetProperty(schemaName), depth: 0) ?? throw new InvalidOperationException($"{schemaName} has no examples.");
            return JsonDocument.Parse(node.ToJsonString()).RootElement;
        }

        private static JsonNode? Synthesize(JsonElement schema, int depth)
        {
            if (depth > 8) return null;
            if (depth > 0 && schema.TryGetProperty("example", out var example)) return JsonNode.Parse(example.GetRawText());
            schema = Resolve(schema);
            if (depth > 0 && schema.TryGetProperty("example", out var referencedExample)) return JsonNode.Parse(referencedExample.GetRawText());

            JsonObject? result = null;
            if (schema.TryGetProperty("allOf", out var allOf))
            {
                foreach (var part in allOf.EnumerateArray())
                {
                    if (Synthesize(part, depth) is JsonObject partObject)
                    {
                        result ??= new JsonObject();
                        foreach (var member in partObject.ToList())
                        {
                            partObject.Remove(member.Key);
                            result[member.Key] = member.Value;
                        }
                    }
                }
            }
            if (schema.TryGetProperty("properties", out var properties))
            {
                result ??= new JsonObject();
                foreach (var property in properties.EnumerateObject())
                {
                    var value = Synthesize(property.Value, depth + 1);
                    if (value != null || HasNullExample(property.Value)) result[property.Name] = value;
                }
                return result;
            }
            if (result != null) return result;
            if (schema.TryGetProperty("type", out var type) && type.GetString() == "array" && schema.TryGetProperty("items", out var items))
            {
                var item = Synthesize(items, depth + 1);
                return item == null ? new JsonArray() : new JsonArray(item);
            }
            foreach (var alternatives in new[] { "anyOf", "oneOf" })
            {
                if (schema.TryGetProperty(alternatives, out var options)) return Synthesize(options[0], depth);
            }
            return null;
        }

        private static bool HasNullExample(JsonElement schema) =>
            schema.TryGetProperty("example", out var example) && example.ValueKind == JsonValueKind.Null;

        private static JsonElement Resolve(JsonElement schema)
        {
            while (schema.TryGetProperty("$ref", out var reference))
            {
                schema = Schemas.GetProperty(reference.GetString()!.Split('/').Last());
            }
            return schema;
        }

        /// <summary>The component a response schema names, directly or as the single base of an allOf.</summary>
        private static string? SchemaName(JsonElement schema)
        {
            if (schema.TryGetProperty("$ref", out var reference)) return reference.GetString()!.Split('/').Last();
            if (schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1) return SchemaName(allOf[0]);
            return null;
        }

        private static JsonElement Load()
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Locate()));
            return document.RootElement.Clone();
        }
    }
}
