using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IntercomPS.SpecGen
{
    /// <summary>What is generated from the description: the committed files and the models the engine build writes.</summary>
    public static class SpecGenerator
    {
        /// <summary>The vendored description, as JSON (the Prism-ready copy: same schemas and examples, see its README).</summary>
        public const string SpecPath = "tests/spec/intercom-openapi/api.intercom.io.2.16.prism.json";

        /// <summary>Folders whose every file is generated and committed: a file there that no generator writes is an orphan.</summary>
        public static readonly string[] GeneratedFolders =
        {
            "src/IntercomPS.Sandbox/Seed",
        };

        /// <summary>The committed generated files (the sandbox's seed: data, not code), by repository-relative path.</summary>
        public static IReadOnlyDictionary<string, string> Generate(string root)
        {
            var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var output in SandboxSeedWriter.Generate(LoadSpec(root))) outputs.Add(output.Key, Normalize(output.Value));
            return outputs;
        }

        /// <summary>
        /// The models' source files by file name, and the request bodies' members (RequestBodies.g.cs). Not committed: the engine build writes them into its obj/ folder
        /// (src/IntercomPS.Engine/IntercomPS.Engine.csproj), so the description and overrides.json are the only truth.
        /// </summary>
        public static IReadOnlyDictionary<string, string> GenerateModels(string root)
        {
            var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var spec = LoadSpec(root);
            foreach (var output in new ModelsGenerator(spec, ModelOverrides.Load(root)).Generate())
            {
                outputs.Add(output.Key, Normalize(output.Value));
            }
            outputs.Add(RequestBodiesWriter.FileName, Normalize(RequestBodiesWriter.Write(spec)));
            return outputs;
        }

        public static IEnumerable<string> Orphans(string root, IEnumerable<string> generated)
        {
            var known = new HashSet<string>(generated, StringComparer.Ordinal);
            foreach (var folder in GeneratedFolders)
            {
                var full = Path.Combine(root, folder);
                if (!Directory.Exists(full)) continue;
                foreach (var file in Directory.GetFiles(full, "*", SearchOption.AllDirectories))
                {
                    var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                    if (!known.Contains(relative)) yield return relative;
                }
            }
        }

        private static SpecDocument LoadSpec(string root) => SpecDocument.Load(Path.Combine(root, SpecPath));

        private static string Normalize(string text) => text.Replace("\r\n", "\n");
    }
}
