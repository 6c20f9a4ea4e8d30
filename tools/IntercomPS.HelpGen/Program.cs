using System;
using System.IO;
using System.Linq;

namespace IntercomPS.HelpGen
{
    public static class Program
    {
        /// <summary>Writes the MAML (or with --check, only says whether it is current); exit 1 when help is incomplete.</summary>
        public static int Main(string[] args)
        {
            var check = Array.IndexOf(args, "--check") >= 0;
            var root = FindRepoRoot();
            var formatsTarget = Path.Combine(root, FormatViewGenerator.FormatsPath);
            // The manifest lists the generated views, and the generator imports the manifest: a first run (or one after
            // the file was deleted) starts from an empty, valid file.
            if (!check && !File.Exists(formatsTarget)) File.WriteAllText(formatsTarget, FormatViewGenerator.EmptyXml);
            var build = HelpGenerator.Build(root);
            foreach (var problem in build.Problems) Console.Error.WriteLine("help: " + problem);
            foreach (var problem in build.Formats.Problems) Console.Error.WriteLine("views: " + problem);
            var formatsStale = !File.Exists(formatsTarget) || File.ReadAllText(formatsTarget) != build.Formats.Xml;
            var target = Path.Combine(root, HelpGenerator.MamlPath);
            var current = File.Exists(target) ? File.ReadAllText(target) : null;
            var staleMarkdown = build.Markdown.Where(page => !File.Exists(Path.Combine(root, page.Key)) || File.ReadAllText(Path.Combine(root, page.Key)) != page.Value)
                .Select(page => page.Key).ToList();
            if (check)
            {
                foreach (var page in staleMarkdown) Console.WriteLine($"{page} is stale.");
                if (formatsStale) Console.WriteLine($"{FormatViewGenerator.FormatsPath} is stale.");
                var upToDate = current == build.Maml && staleMarkdown.Count == 0 && !formatsStale;
                Console.WriteLine(upToDate ? "Help and views are up to date." : "Help or views are stale: run dotnet run --project tools/IntercomPS.HelpGen");
                return upToDate && build.Problems.Count == 0 && build.Formats.Problems.Count == 0 ? 0 : 1;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (current != build.Maml) File.WriteAllText(target, build.Maml);
            foreach (var page in staleMarkdown)
            {
                var path = Path.Combine(root, page);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, build.Markdown[page]);
            }
            if (formatsStale) File.WriteAllText(formatsTarget, build.Formats.Xml);
            Console.WriteLine($"{build.Cmdlets.Count} cmdlets, {build.Examples.Count} examples -> {HelpGenerator.MamlPath}");
            Console.WriteLine($"{build.Formats.TypeNames.Count} declared views -> {FormatViewGenerator.FormatsPath}");
            return build.Problems.Count == 0 && build.Formats.Problems.Count == 0 ? 0 : 1;
        }

        private static string FindRepoRoot()
        {
            var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "IntercomPS.psd1"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Run from inside the IntercomPS repository (IntercomPS.psd1 not found).");
        }
    }
}
