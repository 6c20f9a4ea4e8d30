using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace IntercomPS.Bench
{
    /// <summary>
    /// dotnet run -c Release --project bench/IntercomPS.Bench -- [--quick] [--only 1,3] [--scale 0.2]
    /// Runs the scenarios against one loopback sandbox each, prints the table, and (full runs of every scenario only)
    /// writes bench/results.md. Exit code 1 when a scenario could not be measured (wrong counts, errors); a missed
    /// target is a result, not a failure.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var options = ParseOptions(args, out var flags);
            if (options.TryGetValue("child", out var child)) return ChildModes.Run(child, options);

            var quick = flags.Contains("quick");
            var only = options.TryGetValue("only", out var list)
                ? new HashSet<int>(list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
                : null;
            var scale = options.TryGetValue("scale", out var scaleText) ? double.Parse(scaleText, CultureInfo.InvariantCulture) : 1.0;
            var sizes = quick ? BenchSizes.QuickSizes() : BenchSizes.Full().Scaled(scale);
            var command = "dotnet run -c Release --project bench/IntercomPS.Bench" + (scale == 1.0 ? string.Empty : " -- --scale " + scaleText);
            var machine = MachineInfo.Describe();
            Console.WriteLine($"IntercomPS benchmark{(quick ? " (quick: smoke sizes, figures mean nothing)" : string.Empty)}");
            Console.WriteLine(machine.Summary);

            var table = new ResultTable();
            var failures = new List<string>();
            var started = DateTimeOffset.UtcNow;
            var loadBefore = MachineInfo.LoadAverage();
            {
                var scenarios = new Scenarios(sizes, table);
                // The short scenarios first, the million-conversation stream last: on a busy machine a run cut short
                // still leaves the other figures in results.md.
                var all = new (int Number, string Name, Action Run)[]
                {
                    (5, "Import-Module", scenarios.ImportTime),
                    (1, "Throughput", scenarios.Throughput),
                    (2, "Latency-bound range", scenarios.LatencyBoundRange),
                    (4, "Cache", scenarios.Cache),
                    (3, "Memory", scenarios.Memory),
                };
                var writesResults = !quick && only == null;
                var measured = new List<int>();
                foreach (var scenario in all.Where(s => only == null || only.Contains(s.Number)))
                {
                    Console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} scenario {scenario.Number}: {scenario.Name}...");
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        scenario.Run();
                    }
                    catch (Exception ex)
                    {
                        failures.Add($"{scenario.Number}. {scenario.Name}: {ex.Message}");
                        Console.Error.WriteLine($"Scenario {scenario.Number} ({scenario.Name}) failed: {ex}");
                    }
                    Console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} scenario {scenario.Number} done in {watch.Elapsed.TotalSeconds:0} s");
                    measured.Add(scenario.Number);
                    if (writesResults && measured.Count < all.Length)
                    {
                        File.WriteAllText(BenchPaths.ResultsFile, ResultsMarkdown(table, machine, command, started, loadBefore, MachineInfo.LoadAverage(),
                            $"Incomplete: scenarios {string.Join(", ", measured.OrderBy(n => n))} of 5 measured so far (the run was still going when this was written)."));
                    }
                }
            }
            var loadAfter = MachineInfo.LoadAverage();

            Console.WriteLine();
            Console.Write(table.ToConsoleText());
            foreach (var note in table.Notes) Console.WriteLine("- " + note.Replace("**", string.Empty));
            foreach (var failure in failures) Console.Error.WriteLine("FAILED " + failure);

            var complete = !quick && only == null && failures.Count == 0;
            if (complete)
            {
                File.WriteAllText(BenchPaths.ResultsFile, ResultsMarkdown(table, machine, command, started, loadBefore, loadAfter, null));
                Console.WriteLine($"Wrote {BenchPaths.ResultsFile}");
            }
            else
            {
                Console.WriteLine("bench/results.md not written (" + (quick ? "--quick" : only != null ? "--only" : "a scenario failed") + ").");
            }
            return failures.Count == 0 ? 0 : 1;
        }

        private static string ResultsMarkdown(ResultTable table, MachineInfo machine, string command, DateTimeOffset started, string loadBefore, string loadAfter, string? incomplete)
        {
            var text = new StringBuilder();
            text.AppendLine("# IntercomPS benchmark results");
            text.AppendLine();
            text.AppendLine("Written by `dotnet run -c Release --project bench/IntercomPS.Bench` (see README.md); do not edit by hand.");
            text.AppendLine();
            text.AppendLine($"- Date: {started:yyyy-MM-dd HH:mm} UTC, took {(DateTimeOffset.UtcNow - started).TotalMinutes:0.0} min");
            text.AppendLine($"- Command: `{command}`");
            foreach (var line in machine.Lines) text.AppendLine("- " + line);
            text.AppendLine($"- Load average (1, 5, 15 min) before: {loadBefore}; after: {loadAfter}");
            if (incomplete != null) text.AppendLine($"- **{incomplete}**");
            text.AppendLine();
            text.AppendLine(
                $"Every peer of a scenario talks to the same sandbox over loopback HTTP, and everything runs in a process of its own: " +
                $"the sandbox server, the module in pwsh (`dotnet pwsh`, as a user runs it), the Node SDK and the raw loop. Each peer " +
                $"warms up once on the range's first day, then runs the measured runs; a figure is the median over them. Client CPU " +
                $"per object is the peer process's CPU time over the run (Process.TotalProcessorTime for pwsh and the raw loop, " +
                $"process.cpuUsage() for Node) divided by the objects; bytes per object is what the peer process allocated " +
                $"([GC]::GetTotalAllocatedBytes($true) in the pwsh session, GC.GetTotalAllocatedBytes in the raw loop). " +
                $"With {Environment.ProcessorCount} cores, anything else running on the machine makes the figures noisy: compare " +
                $"ratios within one run, not absolute figures across runs.");
            text.AppendLine();
            text.Append(table.ToMarkdownTable());
            if (table.Notes.Count > 0)
            {
                text.AppendLine();
                text.AppendLine("## Why targets were missed");
                text.AppendLine();
                foreach (var note in table.Notes) text.AppendLine("- " + note);
            }
            return text.ToString();
        }

        private static Dictionary<string, string> ParseOptions(string[] args, out HashSet<string> flags)
        {
            var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{args[i]}'. Use --quick or --only 1,2,...");
                var name = args[i].Substring(2);
                if (name == "quick") flags.Add(name);
                else if (i + 1 < args.Length) options[name] = args[++i];
                else throw new ArgumentException($"--{name} needs a value.");
            }
            return options;
        }
    }

    internal sealed class MachineInfo
    {
        public IReadOnlyList<string> Lines { get; private init; } = Array.Empty<string>();

        public string Summary => string.Join(Environment.NewLine, Lines);

        public static MachineInfo Describe()
        {
            var cpu = ReadFirst("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
            var memory = ReadFirst("/proc/meminfo", "MemTotal");
            return new MachineInfo
            {
                Lines = new[]
                {
                    $"Machine: {RuntimeInformation.OSDescription}, {cpu}, {Environment.ProcessorCount} cores{(memory == null ? string.Empty : ", " + memory + " memory")}",
                    $"Runtime: {RuntimeInformation.FrameworkDescription} (server, raw loop), PowerShell {PwshVersion()} (pwsh), Node {NodeVersion()}, intercom-client {NodeSdkVersion()}",
                    $"Commit: {GitCommit()}",
                },
            };
        }

        public static string LoadAverage()
        {
            try
            {
                var parts = File.ReadAllText("/proc/loadavg").Split(' ');
                return string.Join(", ", parts.Take(3));
            }
            catch (IOException)
            {
                return "unknown";
            }
            catch (UnauthorizedAccessException)
            {
                return "unknown";
            }
        }

        private static string? ReadFirst(string path, string key)
        {
            if (!File.Exists(path)) return null;
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            return line?.Substring(line.IndexOf(':') + 1).Trim();
        }

        private static string NodeSdkVersion()
        {
            var package = Path.Combine(BenchPaths.BenchDirectory, "node_modules", "intercom-client", "package.json");
            if (!File.Exists(package)) return "not installed";
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(package));
            return json.RootElement.GetProperty("version").GetString() ?? "?";
        }

        private static string PwshVersion()
        {
            try
            {
                var result = ChildProcess.RunPeer(ChildProcess.PwshCommand(new[] { "-File", BenchPaths.PwshPeerScript, "-Mode", "version" }), TimeSpan.FromMinutes(2));
                return result.GetProperty("version").GetString() ?? "?";
            }
            catch (BenchmarkFailure)
            {
                return "not found";
            }
        }

        private static string NodeVersion() => Capture("node", "--version") ?? "not found";

        private static string GitCommit() => Capture("git", "rev-parse --short HEAD", BenchPaths.RepoRoot) ?? "unknown";

        private static string? Capture(string file, string arguments, string? directory = null)
        {
            try
            {
                var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                if (directory != null) start.WorkingDirectory = directory;
                using var process = Process.Start(start);
                if (process == null) return null;
                var output = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit(10_000);
                return process.ExitCode == 0 ? output : null;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }
        }
    }
}
