using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;

namespace IntercomPS.Bench
{
    /// <summary>Starts other processes (the Node peer, this program in a child mode) and reads their one-line JSON answer.</summary>
    internal static class ChildProcess
    {
        public const string ResultPrefix = "BENCH-RESULT ";

        /// <summary>Runs this program again with <paramref name="arguments"/> (a clean process for memory and cold-start figures).</summary>
        public static JsonElement RunSelf(IEnumerable<string> arguments, TimeSpan timeout)
        {
            var processPath = Environment.ProcessPath ?? throw new BenchmarkFailure("Cannot tell which executable runs the benchmark.");
            var all = new List<string>();
            // Under `dotnet IntercomPS.Bench.dll` the process is the dotnet host: it needs the assembly again.
            if (Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                all.Add(typeof(ChildProcess).Assembly.Location);
            }
            all.AddRange(arguments);
            return Run(processPath, all, BenchPaths.RepoRoot, timeout);
        }

        public static JsonElement RunNode(IEnumerable<string> arguments, TimeSpan timeout)
        {
            var all = new List<string> { BenchPaths.NodePeerScript };
            all.AddRange(arguments);
            var modules = Path.Combine(BenchPaths.BenchDirectory, "node_modules", "intercom-client");
            if (!Directory.Exists(modules))
            {
                throw new BenchmarkFailure("The Node peer is not installed: run `(cd bench && npm ci)` first.");
            }
            return Run("node", all, BenchPaths.BenchDirectory, timeout, plainJson: true);
        }

        private static JsonElement Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, bool plainJson = false)
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new BenchmarkFailure("Could not start " + fileName);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new BenchmarkFailure($"{fileName} {string.Join(" ", arguments)} did not finish within {timeout.TotalSeconds:0} s.");
            }
            Task.WaitAll(stdout, stderr);
            if (process.ExitCode != 0)
            {
                throw new BenchmarkFailure($"{fileName} {string.Join(" ", arguments)} exited with {process.ExitCode}:{Environment.NewLine}{stderr.Result}{stdout.Result}");
            }
            foreach (var line in stdout.Result.Split('\n'))
            {
                var text = line.Trim();
                if (plainJson && text.StartsWith("{", StringComparison.Ordinal)) return JsonDocument.Parse(text).RootElement.Clone();
                if (text.StartsWith(ResultPrefix, StringComparison.Ordinal)) return JsonDocument.Parse(text.Substring(ResultPrefix.Length)).RootElement.Clone();
            }
            throw new BenchmarkFailure($"{fileName} printed no result:{Environment.NewLine}{stdout.Result}{stderr.Result}");
        }
    }
}
