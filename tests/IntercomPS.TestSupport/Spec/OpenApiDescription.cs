using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntercomPS.TestSupport.Spec
{
    /// <summary>
    /// Intercom's OpenAPI 2.16 description (the JSON form made for Prism, vendored in tests/spec/intercom-openapi):
    /// its operations, matched against concrete requests, and the examples and schemas the model tests read.
    /// </summary>
    public sealed class OpenApiDescription
    {
        private static readonly string[] Methods = { "get", "put", "post", "delete", "patch" };

        private static readonly Lazy<OpenApiDescription> Vendored =
            new Lazy<OpenApiDescription>(() => Load(RepositoryLayout.RequirePrismSpec()));

        private readonly List<SpecOperation> _operations;

        private OpenApiDescription(JsonElement root)
        {
            Root = root;
            Schemas = root.GetProperty("components").GetProperty("schemas");
            _operations = ReadOperations().ToList();
        }

        /// <summary>The vendored description, read once per test run.</summary>
        public static OpenApiDescription Intercom => Vendored.Value;

        public JsonElement Root { get; }

        public JsonElement Schemas { get; }

        /// <summary>Every operation, in the order the description lists them.</summary>
        public IReadOnlyList<SpecOperation> Operations => _operations;

        public static OpenApiDescription Load(string path)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return new OpenApiDescription(document.RootElement.Clone());
        }

        /// <summary>
        /// The operation a concrete request addresses: same method, same number of segments, every literal segment
        /// equal; of several (GET /companies/scroll also fits GET /companies/{company_id}) the one with most literals.
        /// </summary>
        public SpecOperation? Match(string method, string concretePath)
        {
            var segments = Segments(concretePath).Select(Uri.UnescapeDataString).ToArray();
            return _operations
                .Where(op => string.Equals(op.Method, method, StringComparison.OrdinalIgnoreCase) && op.Segments.Count == segments.Length)
                .Where(op => op.Segments.Select((segment, i) => SpecOperation.IsParameter(segment) || segment == segments[i]).All(fits => fits))
                .OrderByDescending(op => op.Segments.Count(segment => !SpecOperation.IsParameter(segment)))
                .FirstOrDefault();
        }

        /// <summary>Every example of every 2xx JSON response whose schema is one of <paramref name="schemaNames"/>.</summary>
        public IEnumerable<ResponseExample> ResponseExamples(ICollection<string> schemaNames)
        {
            foreach (var operation in _operations)
            {
                if (!operation.Element.TryGetProperty("responses", out var responses)) continue;
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
                        yield return new ResponseExample(operation.ToString(), example.Name, schemaName, value);
                    }
                }
            }
        }

        /// <summary>
        /// An instance of a component schema built from the <c>example</c> of each of its properties, following
        /// references: it exercises every documented field with the type the spec documents.
        /// </summary>
        public JsonElement SynthesizeExample(string schemaName)
        {
            var node = Synthesize(Schemas.GetProperty(schemaName), depth: 0) ?? throw new InvalidOperationException($"{schemaName} has no examples.");
            using var document = JsonDocument.Parse(node.ToJsonString());
            return document.RootElement.Clone();
        }

        /// <summary>The element a <c>$ref</c> points to when <paramref name="element"/> is one; the element itself otherwise.</summary>
        public JsonElement Resolve(JsonElement element)
        {
            while (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference))
            {
                var target = Root;
                foreach (var part in reference.GetString()!.TrimStart('#').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    target = target.GetProperty(part.Replace("~1", "/").Replace("~0", "~"));
                }
                element = target;
            }
            return element;
        }

        internal static IReadOnlyList<string> Segments(string path) => path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);

        private IEnumerable<SpecOperation> ReadOperations()
        {
            foreach (var pathItem in Root.GetProperty("paths").EnumerateObject())
            {
                var shared = Parameters(pathItem.Value).ToList();
                foreach (var method in Methods)
                {
                    if (!pathItem.Value.TryGetProperty(method, out var operation)) continue;
                    var parameters = Parameters(operation).Concat(shared).ToList();
                    yield return new SpecOperation(
                        method.ToUpperInvariant(),
                        pathItem.Name,
                        operation,
                        new HashSet<string>(parameters.Where(p => p.In == "query").Select(p => p.Name), StringComparer.Ordinal),
                        RequestBodyMembers(operation));
                }
            }
        }

        private IEnumerable<(string Name, string In)> Parameters(JsonElement holder)
        {
            if (!holder.TryGetProperty("parameters", out var parameters)) yield break;
            foreach (var parameter in parameters.EnumerateArray())
            {
                var resolved = Resolve(parameter);
                yield return (resolved.GetProperty("name").GetString()!, resolved.GetProperty("in").GetString()!);
            }
        }

        /// <summary>Top-level members the JSON request body may have; null when the operation takes none or its schema names none.</summary>
        private HashSet<string>? RequestBodyMembers(JsonElement operation)
        {
            if (!operation.TryGetProperty("requestBody", out var body)) return null;
            body = Resolve(body);
            if (!body.TryGetProperty("content", out var content) || !content.TryGetProperty("application/json", out var json) ||
                !json.TryGetProperty("schema", out var schema))
            {
                return null;
            }
            var members = new HashSet<string>(StringComparer.Ordinal);
            CollectMembers(schema, members);
            return members.Count == 0 ? null : members;
        }

        private void CollectMembers(JsonElement schema, HashSet<string> members)
        {
            schema = Resolve(schema);
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject()) members.Add(property.Name);
            }
            foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
            {
                if (!schema.TryGetProperty(combinator, out var parts)) continue;
                foreach (var part in parts.EnumerateArray()) CollectMembers(part, members);
            }
        }

        private JsonNode? Synthesize(JsonElement schema, int depth)
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

        /// <summary>The component a response schema names, directly or as the single base of an allOf.</summary>
        private static string? SchemaName(JsonElement schema)
        {
            if (schema.TryGetProperty("$ref", out var reference)) return reference.GetString()!.Split('/').Last();
            if (schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1) return SchemaName(allOf[0]);
            return null;
        }
    }
}
