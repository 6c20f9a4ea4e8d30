using System;
using System.IO;
using System.Linq;

namespace IntercomPS.SpecGen
{
    public static class Program
    {
        private const string Usage =
            "dotnet run --project tools/IntercomPS.SpecGen [-- check]     writes (or, with check, compares) the sandbox seed\n" +
            "IntercomPS.SpecGen models --out <folder>                    writes the models' sources (the engine build runs it)";

        public static int Main(string[] args)
        {
            var root = FindRoot(AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory())
                ?? throw new InvalidOperationException("Run from inside the repository (IntercomPS.sln not found).");
            if (args.Length > 0 && args[0] == "models") return WriteModels(root, args);
            if (args.Any(arg => !arg.Equals("check", StringComparison.OrdinalIgnoreCase)))
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }
            return WriteCommitted(root, check: args.Length > 0);
        }

        /// <summary>
        /// Replaces the folder's .g.cs files with the models of the description, leaving a file untouched when its text
        /// is unchanged (so that the compiler's own up-to-date check still holds), and deleting those no longer generated.
        /// </summary>
        private static int WriteModels(string root, string[] args)
        {
            var at = Array.IndexOf(args, "--out");
            if (at < 0 || at + 1 >= args.Length)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }
            var folder = Path.GetFullPath(args[at + 1]);
            Directory.CreateDirectory(folder);
            var outputs = SpecGenerator.GenerateModels(root);
            foreach (var output in outputs)
            {
                var path = Path.Combine(folder, output.Key);
                if (File.Exists(path) && File.ReadAllText(path) == output.Value) continue;
                File.WriteAllText(path, output.Value);
            }
            foreach (var stale in Directory.GetFiles(folder, "*.g.cs").Where(path => !outputs.ContainsKey(Path.GetFileName(path))))
            {
                File.Delete(stale);
            }
            Console.WriteLine($"{outputs.Count} model file(s) in {folder}");
            return 0;
        }

        private static int WriteCommitted(string root, bool check)
        {
            var outputs = SpecGenerator.Generate(root);
            var stale = 0;
            foreach (var output in outputs)
            {
                var path = Path.Combine(root, output.Key);
                var current = File.Exists(path) ? File.ReadAllText(path) : null;
                if (current == output.Value) continue;
                stale++;
                if (check)
                {
                    Console.Error.WriteLine($"stale: {output.Key}");
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, output.Value);
                Console.WriteLine($"wrote {output.Key}");
            }
            foreach (var orphan in SpecGenerator.Orphans(root, outputs.Keys))
            {
                stale++;
                if (check) Console.Error.WriteLine($"orphan: {orphan}");
                else
                {
                    File.Delete(Path.Combine(root, orphan));
                    Console.WriteLine($"deleted {orphan}");
                }
            }
            if (check && stale > 0) return 1;
            Console.WriteLine(stale == 0 ? "up to date" : $"{stale} file(s) written");
            return 0;
        }

        public static string? FindRoot(string start)
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IntercomPS.sln"))) return dir.FullName;
            }
            return null;
        }
    }
}
