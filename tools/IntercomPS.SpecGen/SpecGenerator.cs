using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IntercomPS.SpecGen
{
    /// <summary>Every file generated from the description, by repository-relative path (forward slashes).</summary>
    public static class SpecGenerator
    {
        /// <summary>The vendored description, as JSON (the Prism-ready copy: same schemas and examples, see its README).</summary>
        public const string SpecPath = "tests/spec/intercom-openapi/api.intercom.io.2.16.prism.json";

        /// <summary>Folders whose every file is generated: a file there that no generator writes is an orphan.</summary>
        public static readonly string[] GeneratedFolders =
        {
            "src/IntercomPS.Engine/Models/Generated",
            "src/IntercomPS.Sandbox/Seed",
        };

        public static IReadOnlyDictionary<string, string> Generate(string root)
        {
            var spec = SpecDocument.Load(Path.Combine(root, SpecPath));
            var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var generator in Generators(root))
            {
                foreach (var output in generator(spec)) outputs.Add(output.Key, Normalize(output.Value));
            }
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

        /// <summary>Each generator maps the description to its files. Models and the sandbox seed add theirs here.</summary>
        private static IEnumerable<Func<SpecDocument, IEnumerable<KeyValuePair<string, string>>>> Generators(string root)
        {
            var overrides = ModelOverrides.Load(root);
            yield return spec => new ModelsGenerator(spec, overrides).Generate();
            yield return SandboxSeedWriter.Generate;
        }

        private static string Normalize(string text) => text.Replace("\r\n", "\n");
    }
}
