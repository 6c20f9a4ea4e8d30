using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using IntercomPS.Sandbox.Routes;

namespace IntercomPS.Sandbox.Generic
{
    /// <summary>What the description documents for one operation: success status, an example answer, example path values.</summary>
    internal sealed class SpecExample(int status, string? body, string? contentType, IReadOnlyDictionary<string, string> pathExamples, bool documented = true)
    {
        /// <summary>An operation the description does not document: 200, and whatever the store answers.</summary>
        public static readonly SpecExample Undocumented = new SpecExample(200, null, null, new Dictionary<string, string>(), documented: false);

        // Kept as text and parsed for each use: every caller gets its own tree, and no tree is shared between requests.
        private readonly string? _body = body;

        public int Status { get; } = status;

        /// <summary>Null for JSON; text/plain for a transcript.</summary>
        public string? ContentType { get; } = contentType;

        /// <summary>The description's example value of each path placeholder (as text), where it gives one.</summary>
        public IReadOnlyDictionary<string, string> PathExamples { get; } = pathExamples;

        /// <summary>The description documents the success answer without a body (204, 202...): answer none.</summary>
        public bool AnswersNothing { get; } = documented && body == null;

        /// <summary>A new copy of the example answer, or null when there is none.</summary>
        public JsonNode? NewBody() => _body == null ? null : JsonNode.Parse(_body);
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
                var pathExamples = new Dictionary<string, string>(StringComparer.Ordinal);
                if (operation["params"] is JsonObject parameters)
                {
                    foreach (var parameter in parameters)
                    {
                        if (ResourceStore.IdText(parameter.Value) is string text) pathExamples[parameter.Key] = text;
                    }
                }
                examples[Shape(entry.Key)] = new SpecExample(
                    operation["status"]!.GetValue<int>(),
                    operation["body"]?.ToJsonString(),
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
