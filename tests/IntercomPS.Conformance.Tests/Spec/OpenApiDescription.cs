using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using IntercomPS.Conformance.Tests.Prism;

namespace IntercomPS.Conformance.Tests.Spec
{
    /// <summary>The operations of Intercom's OpenAPI description: what Prism checks, read here to check what it does not.</summary>
    public sealed class OpenApiDescription
    {
        private static readonly string[] Methods = { "get", "put", "post", "delete", "patch" };

        private readonly List<SpecOperation> _operations;

        private OpenApiDescription(List<SpecOperation> operations) => _operations = operations;

        public IReadOnlyList<SpecOperation> Operations => _operations;

        public static OpenApiDescription Load() => Load(RepositoryLayout.RequirePrismSpec());

        public static OpenApiDescription Load(string path)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            var operations = new List<SpecOperation>();
            foreach (var pathItem in root.GetProperty("paths").EnumerateObject())
            {
                var shared = ParameterNames(root, pathItem.Value);
                foreach (var method in Methods)
                {
                    if (!pathItem.Value.TryGetProperty(method, out var operation)) continue;
                    var parameters = ParameterNames(root, operation).Concat(shared).ToList();
                    operations.Add(new SpecOperation(
                        method.ToUpperInvariant(),
                        pathItem.Name,
                        new HashSet<string>(parameters.Where(p => p.In == "query").Select(p => p.Name), StringComparer.Ordinal),
                        RequestBodyMembers(root, operation)));
                }
            }
            return new OpenApiDescription(operations);
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

        internal static IReadOnlyList<string> Segments(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);

        private static IEnumerable<(string Name, string In)> ParameterNames(JsonElement root, JsonElement holder)
        {
            if (!holder.TryGetProperty("parameters", out var parameters)) yield break;
            foreach (var parameter in parameters.EnumerateArray())
            {
                var resolved = Resolve(root, parameter);
                yield return (resolved.GetProperty("name").GetString()!, resolved.GetProperty("in").GetString()!);
            }
        }

        /// <summary>Top-level members the JSON request body may have; null when the operation takes none or its schema names none.</summary>
        private static IReadOnlySet<string>? RequestBodyMembers(JsonElement root, JsonElement operation)
        {
            if (!operation.TryGetProperty("requestBody", out var body)) return null;
            body = Resolve(root, body);
            if (!body.TryGetProperty("content", out var content) || !content.TryGetProperty("application/json", out var json) ||
                !json.TryGetProperty("schema", out var schema))
            {
                return null;
            }
            var members = new HashSet<string>(StringComparer.Ordinal);
            CollectMembers(root, schema, members);
            return members.Count == 0 ? null : members;
        }

        private static void CollectMembers(JsonElement root, JsonElement schema, HashSet<string> members)
        {
            schema = Resolve(root, schema);
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject()) members.Add(property.Name);
            }
            foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
            {
                if (!schema.TryGetProperty(combinator, out var parts)) continue;
                foreach (var part in parts.EnumerateArray()) CollectMembers(root, part, members);
            }
        }

        private static JsonElement Resolve(JsonElement root, JsonElement element)
        {
            while (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference))
            {
                var target = root;
                foreach (var part in reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
                {
                    target = target.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
                }
                element = target;
            }
            return element;
        }
    }

    /// <summary>One method on one path template of the description.</summary>
    public sealed class SpecOperation
    {
        public SpecOperation(string method, string template, IReadOnlySet<string> queryParameters, IReadOnlySet<string>? requestBodyMembers)
        {
            Method = method;
            Template = template;
            Segments = OpenApiDescription.Segments(template);
            QueryParameters = queryParameters;
            RequestBodyMembers = requestBodyMembers;
        }

        public string Method { get; }

        /// <summary>The path as the description writes it, e.g. /conversations/{conversation_id}.</summary>
        public string Template { get; }

        public IReadOnlyList<string> Segments { get; }

        public IReadOnlySet<string> QueryParameters { get; }

        /// <summary>The members the request body schema declares, or null when it declares none.</summary>
        public IReadOnlySet<string>? RequestBodyMembers { get; }

        public override string ToString() => $"{Method} {Template}";

        internal static bool IsParameter(string segment) => segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal);
    }
}
