using System;
using System.IO;
using System.Linq;

namespace IntercomPS.SpecGen
{
    public static class Program
    {
        /// <summary>dotnet run --project tools/IntercomPS.SpecGen [-- check]: writes (or, with check, compares) every generated file.</summary>
        public static int Main(string[] args)
        {
            var root = FindRoot(AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory())
                ?? throw new InvalidOperationException("Run from inside the repository (IntercomPS.sln not found).");
            var check = args.Contains("check", StringComparer.OrdinalIgnoreCase);
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
