using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace IntercomPS.TestSupport.Prism
{
    /// <summary>
    /// What Prism thought of a request, read from its answer: the <c>validation</c> array of its 422 problem answers,
    /// any other Prism error (no such path or method), and the <c>sl-violations</c> header it sets when the spec
    /// documents its own error answer (400 for /contacts/search, 422 for /data_attributes).
    /// </summary>
    public static class PrismVerdict
    {
        private const string PrismErrorPrefix = "https://stoplight.io/prism/errors#";

        /// <summary>Prism's complaint about the request, one line per violation; null when it had none.</summary>
        public static string? Of(HttpResponseMessage response, byte[] body)
        {
            var lines = new List<string>();
            if (response.Headers.TryGetValues("sl-violations", out var headerValues))
            {
                foreach (var value in headerValues) lines.AddRange(ViolationLines(value, "sl-violations"));
            }
            if (string.Equals(response.Content.Headers.ContentType?.MediaType, "application/problem+json", StringComparison.OrdinalIgnoreCase))
            {
                lines.AddRange(ProblemLines(Encoding.UTF8.GetString(body)));
            }
            return lines.Count == 0 ? null : string.Join("\n", lines);
        }

        private static IEnumerable<string> ProblemLines(string problemJson)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(problemJson);
            }
            catch (JsonException)
            {
                return new[] { "unreadable problem answer: " + problemJson };
            }
            using (document)
            {
                var root = document.RootElement;
                var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                if (type == null || !type.StartsWith(PrismErrorPrefix, StringComparison.Ordinal)) return Array.Empty<string>();
                var lines = new List<string> { $"{type.Substring(PrismErrorPrefix.Length)}: {Text(root, "title")} - {Text(root, "detail")}" };
                if (root.TryGetProperty("validation", out var validation)) lines.AddRange(ViolationLines(validation.GetRawText(), "validation"));
                return lines;
            }
        }

        private static IEnumerable<string> ViolationLines(string violationsJson, string source)
        {
            try
            {
                using var document = JsonDocument.Parse(violationsJson);
                if (document.RootElement.ValueKind != JsonValueKind.Array) return new[] { $"{source}: {violationsJson}" };
                return document.RootElement.EnumerateArray()
                    .Where(v => !AboutResponse(v))
                    .Select(v =>
                    {
                        var location = v.TryGetProperty("location", out var l) && l.ValueKind == JsonValueKind.Array
                            ? string.Join(".", l.EnumerateArray().Select(part => part.ToString()))
                            : "?";
                        return $"{source} [{location}] {Text(v, "message")}";
                    })
                    .ToList();
            }
            catch (JsonException)
            {
                return new[] { $"{source}: {violationsJson}" };
            }
        }

        /// <summary>
        /// sl-violations also lists where Prism's own answer breaks the response schema (several of the spec's examples
        /// do, e.g. a relative <c>url</c> where the schema says format uri): not the caller's doing, so not counted.
        /// </summary>
        private static bool AboutResponse(JsonElement violation) =>
            violation.TryGetProperty("location", out var location) && location.ValueKind == JsonValueKind.Array &&
            location.GetArrayLength() > 0 && location[0].ValueKind == JsonValueKind.String && location[0].GetString() == "response";

        private static string Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) ? value.ToString() : string.Empty;
    }
}
