using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace IntercomPS.Bench
{
    /// <summary>
    /// Starts the processes of a run (the server, and every peer: pwsh, Node, the raw loop) and speaks their line
    /// protocol: <c>BENCH-STEP {json}</c> asks the benchmark to act (read the server's log) and answer with an empty
    /// line, <c>BENCH-RESULT {json}</c> ends.
    /// </summary>
    internal static class ChildProcess
    {
        public const string ResultPrefix = "BENCH-RESULT ";
        public const string StepPrefix = "BENCH-STEP ";

        /// <summary>Starts this program again with <paramref name="arguments"/>.</summary>
        public static Process StartSelf(IEnumerable<string> arguments)
        {
            var (file, all) = SelfCommand(arguments);
            return Start(file, all, BenchPaths.RepoRoot);
        }

        public static (string File, List<string> Arguments) SelfCommand(IEnumerable<string> arguments)
        {
            var processPath = Environment.ProcessPath ?? throw new BenchmarkFailure("Cannot tell which executable runs the benchmark.");
            var all = new List<string>();
            // Under `dotnet IntercomPS.Bench.dll` the process is the dotnet host: it needs the assembly again.
            if (Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                all.Add(typeof(ChildProcess).Assembly.Location);
            }
            all.AddRange(arguments);
            return (processPath, all);
        }

        /// <summary>pwsh 7.6.10 as pinned in .config/dotnet-tools.json, started as a user would: `dotnet pwsh`.</summary>
        public static (string File, List<string> Arguments) PwshCommand(IEnumerable<string> arguments)
        {
            var all = new List<string> { "pwsh", "-NoProfile", "-NonInteractive" };
            all.AddRange(arguments);
            return ("dotnet", all);
        }

        public static (string File, List<string> Arguments) NodeCommand(IEnumerable<string> arguments)
        {
            if (!Directory.Exists(Path.Combine(BenchPaths.BenchDirectory, "node_modules", "intercom-client")))
            {
                throw new BenchmarkFailure("The Node peer is not installed: run `(cd bench && npm ci)` first.");
            }
            var all = new List<string> { BenchPaths.NodePeerScript };
            all.AddRange(arguments);
            return ("node", all);
        }

        /// <summary>
        /// Runs a peer to its end. Each step it reports goes to <paramref name="onStep"/> (on this thread) before the
        /// peer is told to go on; returns its closing result.
        /// </summary>
        public static JsonElement RunPeer((string File, List<string> Arguments) command, TimeSpan timeout, Action<JsonElement>? onStep = null)
        {
            using var process = Start(command.File, command.Arguments, BenchPaths.RepoRoot);
            var stderr = process.StandardError.ReadToEndAsync();
            using var watchdog = new Timer(_ =>
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // Already gone.
                }
            }, null, timeout, Timeout.InfiniteTimeSpan);
            var output = new List<string>();
            string? line;
            while ((line = process.StandardOutput.ReadLine()) != null)
            {
                if (line.StartsWith(StepPrefix, StringComparison.Ordinal))
                {
                    onStep?.Invoke(JsonDocument.Parse(line.Substring(StepPrefix.Length)).RootElement.Clone());
                    process.StandardInput.WriteLine();
                    process.StandardInput.Flush();
                }
                else if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
                {
                    var result = JsonDocument.Parse(line.Substring(ResultPrefix.Length)).RootElement.Clone();
                    process.StandardInput.Close();
                    process.WaitForExit();
                    return result;
                }
                else
                {
                    output.Add(line);
                }
            }
            process.WaitForExit();
            var described = $"{command.File} {string.Join(" ", command.Arguments)}";
            throw new BenchmarkFailure($"{described} ended without a result (exit code {process.ExitCode}, or killed after {timeout.TotalSeconds:0} s):{Environment.NewLine}{stderr.Result}{string.Join(Environment.NewLine, output)}");
        }

        private static Process Start(string file, IEnumerable<string> arguments, string workingDirectory)
        {
            var start = new ProcessStartInfo(file)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            return Process.Start(start) ?? throw new BenchmarkFailure("Could not start " + file);
        }
    }
}
