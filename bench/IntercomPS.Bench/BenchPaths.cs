using System;
using System.IO;

namespace IntercomPS.Bench
{
    internal static class BenchPaths
    {
        public static string RepoRoot { get; } = FindRoot();

        public static string Manifest => Path.Combine(RepoRoot, "IntercomPS.psd1");

        public static string BenchDirectory => Path.Combine(RepoRoot, "bench");

        public static string NodePeerScript => Path.Combine(BenchDirectory, "node", "peer.mjs");

        public static string PwshPeerScript => Path.Combine(BenchDirectory, "pwsh", "peer.ps1");

        public static string FloorModuleScript => Path.Combine(BenchDirectory, "pwsh", "floor-module.ps1");

        public static string ResultsFile => Path.Combine(BenchDirectory, "results.md");

        private static string FindRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "IntercomPS.psd1")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("IntercomPS.psd1 not found above " + AppContext.BaseDirectory + ": run the benchmark from the repository.");
        }
    }
}
