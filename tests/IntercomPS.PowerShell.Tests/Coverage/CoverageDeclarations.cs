using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using IntercomPS.TestSupport;

namespace IntercomPS.PowerShell.Tests.Coverage
{
    /// <summary>The lists in tests/coverage that the coverage test reads besides the invocations.</summary>
    public static class CoverageDeclarations
    {
        public const string NotTypedFile = "not-typed.json";

        public const string SendsNothingFile = "sends-nothing.json";

        public const string SpecDefectsFile = "spec-defects.json";

        /// <summary>
        /// Cmdlets whose requests do not type an operation: Invoke-IntercomRequest sends whatever method and path it is
        /// given, so an operation reached only through it has no cmdlet of its own. Its invocations still run and are
        /// checked like the others.
        /// </summary>
        public static readonly IReadOnlyCollection<string> UntypedCmdlets = new[] { "Invoke-IntercomRequest" };

        /// <summary>Operation ("GET /contacts/{contact_id}") → why no cmdlet sends it.</summary>
        public static IReadOnlyDictionary<string, string> NotTyped() => Read(NotTypedFile);

        /// <summary>
        /// "METHOD /template [member]" → why a request Prism flags at that member is right anyway: where the description
        /// contradicts itself (a 24-character id declared as a uuid), no request could satisfy it.
        /// </summary>
        public static IReadOnlyDictionary<string, string> SpecDefects() => Read(SpecDefectsFile);

        /// <summary>Exported cmdlet → why it sends no request, so has no invocation.</summary>
        public static IReadOnlyDictionary<string, string> SendsNothing() => Read(SendsNothingFile);

        private static IReadOnlyDictionary<string, string> Read(string name)
        {
            var path = Path.Combine(RepositoryLayout.CoverageFolder, name);
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                var reason = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString() : null;
                if (string.IsNullOrWhiteSpace(reason)) throw new InvalidDataException($"{path}: '{entry.Name}' needs a reason (a non-empty string).");
                if (entries.ContainsKey(entry.Name)) throw new InvalidDataException($"{path}: '{entry.Name}' is listed twice.");
                entries.Add(entry.Name, reason!);
            }
            return entries;
        }
    }
}
