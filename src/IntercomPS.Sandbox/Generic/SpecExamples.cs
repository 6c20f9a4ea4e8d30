using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using IntercomPS.Sandbox.Routes;

namespace IntercomPS.Sandbox.Generic
{
    /// <summary>What the description documents for one operation: success status, an example answer, example path values.</summary>
    internal sealed class SpecExample
    {
        public static readonly SpecExample Undocumented = new SpecExample(200, null, null, new Dictionary<string, JsonNode>());

        public SpecExample(int status, JsonNode? body, string? contentType, IReadOnlyDictionary<string, JsonNode> pathExamples)
        {
            Status = status;
            Body = body;
            ContentType = contentType;
            PathExamples = pathExamples;
        }

        public int Status { get; }

        /// <summary>The example answer; never handed out (callers take <see cref="BodyCopy"/>), so it stays as documented.</summary>
        public JsonNode? Body { get; }

        /// <summary>Null for JSON; text/plain for a transcript.</summary>
        public string? ContentType { get; }

        /// <summary>The description's example value of each path placeholder, where it gives one.</summary>
        public IReadOnlyDictionary<string, JsonNode> PathExamples { get; }

        public JsonNode? BodyCopy() => Body?.DeepClone();
    }

    /// <summary>
    /// The seed generated from the description by tools/IntercomPS.SpecGen (Seed/spec-examples.json, embedded), read
    /// on the first request a generic route serves: workspaces that only use the hand-written routes never parse it.
    /// </summary>
    internal static class SpecExamples
    {
        private const string ResourceName = "IntercomPS.Sandbox.Seed.spec-examples.json";

        private static readonly Lazy<(Dictionary<string, SpecExample> ByShape, string[] Routes)> Seed =
            new Lazy<(Dictionary<string, SpecExample>, string[])>(Load, LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>The example of a route ("GET /tickets/{ticket_id}"), matched by shape so placeholder names need not agree.</summary>
        public static SpecExample For(string route) =>
            Seed.Value.ByShape.TryGetValue(Shape(route), out var example) ? example : SpecExample.Undocumented;

        /// <summary>Every operation of the description, as it spells its route.</summary>
        public static IReadOnlyList<string> Routes => Seed.Value.Routes;

        private static (Dictionary<string, SpecExample>, string[]) Load()
        {
            using var stream = typeof(SpecExamples).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The sandbox assembly lacks its embedded seed {ResourceName}.");
            var seed = JsonNode.Parse(stream) as JsonObject ?? throw new InvalidDataException("The sandbox seed is not a JSON object.");
            var examples = new Dictionary<string, SpecExample>(StringComparer.Ordinal);
            foreach (var entry in seed)
            {
                var operation = (JsonObject)entry.Value!;
                var pathExamples = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
                if (operation["params"] is JsonObject parameters)
                {
                    foreach (var parameter in parameters)
                    {
                        if (parameter.Value != null) pathExamples[parameter.Key] = parameter.Value.DeepClone();
                    }
                }
                examples[Shape(entry.Key)] = new SpecExample(
                    operation["status"]!.GetValue<int>(),
                    operation["body"]?.DeepClone(),
                    (string?)operation["contentType"],
                    pathExamples);
            }
            return (examples, seed.Select(entry => entry.Key).ToArray());
        }

        /// <summary>"GET /notes/{note_id}" → "GET notes/{}".</summary>
        private static string Shape(string route)
        {
            var space = route.IndexOf(' ');
            return route.Substring(0, space).ToUpperInvariant() + " " + Router.ShapeOf(route.Substring(space + 1));
        }
    }
}
