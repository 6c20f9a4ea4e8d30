using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace IntercomPS.SpecGen
{
    /// <summary>The description as a JSON document, with <c>$ref</c> resolution and the operations listed.</summary>
    public sealed class SpecDocument
    {
        private static readonly string[] Methods = { "get", "post", "put", "patch", "delete" };

        private SpecDocument(JsonDocument document)
        {
            Root = document.RootElement;
            Schemas = Root.GetProperty("components").GetProperty("schemas");
        }

        public JsonElement Root { get; }

        public JsonElement Schemas { get; }

        public static SpecDocument Load(string path) => new SpecDocument(JsonDocument.Parse(File.ReadAllBytes(path)));

        /// <summary>The element a <c>$ref</c> points to when <paramref name="element"/> is one; the element itself otherwise.</summary>
        public JsonElement Resolve(JsonElement element)
        {
            for (var hops = 0; element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference); hops++)
            {
                if (hops > 32) throw new InvalidOperationException("A $ref chain does not end.");
                var target = Root;
                foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
                {
                    target = target.GetProperty(part.Replace("~1", "/").Replace("~0", "~"));
                }
                element = target;
            }
            return element;
        }

        /// <summary>The schema name a <c>$ref</c> names (<c>#/components/schemas/ticket</c> → <c>ticket</c>); null otherwise.</summary>
        public static string? RefName(JsonElement element) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference)
                ? reference.GetString()!.Substring(reference.GetString()!.LastIndexOf('/') + 1)
                : null;

        /// <summary>Every operation: method (upper case), path as in the description, and its element.</summary>
        public IEnumerable<(string Method, string Path, JsonElement Operation)> Operations()
        {
            foreach (var path in Root.GetProperty("paths").EnumerateObject())
            {
                foreach (var method in Methods)
                {
                    if (path.Value.TryGetProperty(method, out var operation)) yield return (method.ToUpperInvariant(), path.Name, operation);
                }
            }
        }
    }
}
