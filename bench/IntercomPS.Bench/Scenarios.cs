using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using IntercomPS.Sandbox;

namespace IntercomPS.Bench
{
    /// <summary>
    /// The five scenarios of the benchmark. Each starts its sandbox in a process of its own; every peer (the module in
    /// pwsh, the Node SDK, the raw loop) is a process of its own too, warmed up the same way (one run over the range's
    /// first day) and measured over the same runs.
    /// </summary>
    internal sealed class Scenarios
    {
        private static readonly TimeSpan PeerTimeout = TimeSpan.FromMinutes(20);

        private readonly BenchSizes _sizes;
        private readonly ResultTable _table;

        public Scenarios(BenchSizes sizes, ResultTable table)
        {
            _sizes = sizes;
            _table = table;
        }

        private string Runs(int runs) => runs > 1 ? $"median of {runs}" : "1 run";

        /// <summary>1. One cursor, no added latency: wall time, client CPU and bytes allocated per object.</summary>
        public void Throughput()
        {
            const string name = "1. Throughput";
            var days = _sizes.ThroughputDays;
            using var server = new SandboxServerProcess(new SandboxSpec { Conversations = _sizes.ThroughputConversations, Days = days });
            var since = SandboxSpec.RangeStart;
            var until = since.AddDays(days);
            var expected = server.CountConversations(since, until);
            var runs = _sizes.Repetitions;
            var oneCursor = new[] { "-ChunkDays", days.ToString(CultureInfo.InvariantCulture), "-ThrottleLimit", "1" };

            var module = RunPeers(server, Pwsh(server, "stream", since, until, runs, oneCursor), expected, name, "module | ForEach-Object");
            var discarded = RunPeers(server, Pwsh(server, "stream", since, until, runs, oneCursor.Concat(new[] { "-Sink", "Null" })), expected, name, "module | Out-Null");
            var node = RunPeers(server, Node(server, since, until, runs), expected, name, "Node SDK");
            var raw = RunPeers(server, Raw(server, since, until, runs), expected, name, "raw loop");
            var integers = RunPeers(server, ChildProcess.PwshCommand(new[] { "-File", BenchPaths.PwshPeerScript, "-Mode", "integers", "-Count", expected.ToString(CultureInfo.InvariantCulture), "-Runs", runs.ToString(CultureInfo.InvariantCulture) }), expected, name, "PowerShell alone");

            var each = $"{Format.Count(expected)} conversations, one cursor, {Runs(runs)}";
            _table.Info(name, $"module: Get-IntercomConversation -Since -Until -ChunkDays {days} -ThrottleLimit 1 | ForEach-Object {{ $n++ }} ({each})", module.Describe());
            _table.Info(name, "module: the same | Out-Null", discarded.Describe());
            _table.Info(name, "Node SDK (intercom-client): conversations.search pager", node.Describe(allocations: false));
            _table.Info(name, "raw loop: HttpClient + System.Text.Json, hand-written paging", raw.Describe());
            _table.Info(name, $"PowerShell alone: {Format.Count(expected)} integers | ForEach-Object {{ $n++ }}", integers.Describe(perObject: false));

            var cpu = discarded.CpuMicrosPerObject / raw.CpuMicrosPerObject;
            _table.Target(name, "client CPU per object: module | Out-Null / raw loop", Format.Ratio(cpu), "<= 1.50x", cpu <= 1.5,
                $"the module used {Format.Micros(discarded.CpuMicrosPerObject)} of CPU per object into Out-Null against the raw loop's {Format.Micros(raw.CpuMicrosPerObject)} (each in its own process, the server in a third).");
            var bytes = discarded.BytesPerObject / raw.BytesPerObject;
            _table.Target(name, "bytes allocated per object: module | Out-Null / raw loop", Format.Ratio(bytes), "<= 1.50x", bytes <= 1.5,
                $"the module allocated {Format.Bytes(discarded.BytesPerObject)} per object against the raw loop's {Format.Bytes(raw.BytesPerObject)}: the typed models (every field read into properties) and their PowerShell wrappers, against one JsonElement per object.");
            var vsRaw = discarded.Rate / raw.Rate;
            _table.Target(name, "sequential wall throughput: module | Out-Null / raw loop", Format.Ratio(vsRaw), ">= 0.85x", vsRaw >= 0.85,
                $"one cursor took {Format.Seconds(discarded.Seconds)} in the module against the raw loop's {Format.Seconds(raw.Seconds)}.");
            var vsNode = discarded.Rate / node.Rate;
            _table.Target(name, "sequential wall throughput: module | Out-Null / Node SDK", Format.Ratio(vsNode), ">= 1.20x", vsNode >= 1.2,
                $"one cursor took {Format.Seconds(discarded.Seconds)} in the module against the Node SDK's {Format.Seconds(node.Seconds)}.");
        }

        /// <summary>2. A month of conversations at 120 ms a page: one cursor, the default plan, 1-day windows 8 at a time.</summary>
        public void LatencyBoundRange()
        {
            const string name = "2. Latency-bound range";
            var days = _sizes.RangeDays;
            var latency = _sizes.RangePageLatency;
            using var server = new SandboxServerProcess(new SandboxSpec
            {
                Conversations = days * _sizes.RangeConversationsPerDay,
                Days = days,
                RateLimitPerMinute = _sizes.RangeRateLimitPerMinute,
                SearchLatency = latency,
            });
            var since = SandboxSpec.RangeStart;
            var until = since.AddDays(days);
            var expected = server.CountConversations(since, until);

            // The fewest pages 1-day windows can cost, from the data itself.
            var chunkedPages = 0;
            for (var day = 0; day < days; day++)
            {
                var count = server.CountConversations(since.AddDays(day), since.AddDays(day + 1));
                chunkedPages += (int)Math.Max(1, (count + BenchSizes.PageSize - 1) / BenchSizes.PageSize);
            }
            var singlePages = Math.Max(1, (expected + BenchSizes.PageSize - 1) / BenchSizes.PageSize);
            var concurrency = _sizes.RangeThrottleLimit;
            var floor = Math.Max(chunkedPages / (_sizes.RangeRateLimitPerMinute / 60.0), chunkedPages * latency.TotalSeconds / concurrency);
            var runs = _sizes.Repetitions;
            var singleRuns = _sizes.SingleCursorRepetitions;
            var throttle = concurrency.ToString(CultureInfo.InvariantCulture);

            var single = RunPeers(server, Pwsh(server, "stream", since, until, singleRuns, new[] { "-ChunkDays", days.ToString(CultureInfo.InvariantCulture), "-ThrottleLimit", "1" }), expected, name, "module single cursor");
            var node = RunPeers(server, Node(server, since, until, singleRuns), expected, name, "Node SDK");
            var byDefault = RunPeers(server, Pwsh(server, "stream", since, until, runs, Array.Empty<string>()), expected, name, "module default");
            var chunked = RunPeers(server, Pwsh(server, "stream", since, until, runs, new[] { "-ChunkDays", "1", "-ThrottleLimit", throttle }), expected, name, "module chunked");
            var raw = RunPeers(server, Raw(server, since, until, runs, chunkDays: 1, concurrency), expected, name, "raw loop chunked");

            var perPage = $"{Format.Count(expected)} conversations, {days} days, {Format.Milliseconds(latency.TotalMilliseconds)} a page, {Format.Count(_sizes.RangeRateLimitPerMinute)} requests/min";
            _table.Info(name, $"module single cursor: -ChunkDays {days} -ThrottleLimit 1 ({perPage}; {Runs(singleRuns)})", single.DescribeRequests());
            _table.Info(name, $"Node SDK: one search cursor ({Runs(singleRuns)})", node.DescribeRequests());
            _table.Info(name, $"module default: Get-IntercomConversation -Since -Until, nothing else ({Runs(runs)})", byDefault.DescribeRequests());
            _table.Info(name, $"module chunked: -ChunkDays 1 -ThrottleLimit {concurrency} ({Runs(runs)})", chunked.DescribeRequests());
            _table.Info(name, $"raw loop: 1-day windows, {concurrency} at a time ({Runs(runs)})", raw.DescribeRequests());
            _table.Info(name, $"floor: max({chunkedPages} pages / rate limit, {chunkedPages} pages x latency / {concurrency})", $"{Format.Seconds(floor)} (single cursor: {singlePages} pages x latency = {Format.Seconds(singlePages * latency.TotalSeconds)})");

            var speedup = single.Seconds / chunked.Seconds;
            _table.Target(name, "single cursor / chunked time", Format.Ratio(speedup), ">= 5.00x", speedup >= 5,
                $"chunked took {Format.Seconds(chunked.Seconds)} against {Format.Seconds(single.Seconds)} for one cursor.");
            var defaultSpeedup = node.Seconds / byDefault.Seconds;
            _table.Target(name, "Node SDK pager / module default time", Format.Ratio(defaultSpeedup), ">= 3.00x", defaultSpeedup >= 3,
                $"the default plan took {Format.Seconds(byDefault.Seconds)} ({byDefault.Requests} requests, peak {byDefault.PeakConcurrency} in flight) against the Node SDK's {Format.Seconds(node.Seconds)}.");
            var toFloor = chunked.Seconds / floor;
            _table.Target(name, "chunked / floor time", Format.Ratio(toFloor), "<= 1.15x", toFloor <= 1.15,
                $"chunked took {Format.Seconds(chunked.Seconds)} against a floor of {Format.Seconds(floor)}; it sent {chunked.Requests} search requests where 1-day windows need {chunkedPages} ({chunked.Requests - chunkedPages:+0;-0;0}: a window's widened edges can cost a page, and a split re-reads the window's first page), peak concurrency {chunked.PeakConcurrency} of {concurrency}; the raw loop with the same windows and no split took {Format.Seconds(raw.Seconds)}.");
        }

        /// <summary>3. Peak working set of pwsh streaming a million conversations.</summary>
        public void Memory()
        {
            const string name = "3. Memory";
            var days = _sizes.MemoryDays;
            // No rate limit: this scenario measures memory, and the cap would only stretch the run.
            using var server = new SandboxServerProcess(new SandboxSpec { Conversations = _sizes.MemoryConversations, Days = days });
            var since = SandboxSpec.RangeStart;
            var until = since.AddDays(days);
            var expected = server.CountConversations(since, until);
            var every = Math.Max(1000, expected / 20);

            long idleWorkingSet = 0, idleManaged = 0, sampledPeak = 0;
            var samples = new List<(long Items, long Managed, long WorkingSet)>();
            Thread? sampler = null;
            var stop = new ManualResetEventSlim();
            var figures = new List<RunFigures>();
            var command = ChildProcess.PwshCommand(new[]
            {
                "-File", BenchPaths.PwshPeerScript, "-Mode", "memory", "-Manifest", BenchPaths.Manifest,
                "-BaseUri", server.BaseUri.ToString(), "-Token", server.Token,
                "-Since", since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "-Until", until.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "-ChunkDays", "1", "-ThrottleLimit", _sizes.MemoryThrottleLimit.ToString(CultureInfo.InvariantCulture),
                "-Every", every.ToString(CultureInfo.InvariantCulture),
            });
            try
            {
                ChildProcess.RunPeer(command, PeerTimeout, step =>
                {
                    switch (step.GetProperty("phase").GetString())
                    {
                        case "idle":
                            idleWorkingSet = step.GetProperty("workingSet").GetInt64();
                            idleManaged = step.GetProperty("managed").GetInt64();
                            var pid = step.GetProperty("pid").GetInt32();
                            // Sampled from outside, every 25 ms, from the idle point on: the stream's own peak.
                            sampler = new Thread(() =>
                            {
                                using var peer = Process.GetProcessById(pid);
                                while (!stop.Wait(25))
                                {
                                    peer.Refresh();
                                    sampledPeak = Math.Max(sampledPeak, peer.WorkingSet64);
                                }
                            }) { IsBackground = true };
                            sampler.Start();
                            break;
                        case "end":
                            stop.Set();
                            sampler?.Join();
                            figures.Add(RunFigures.From(step, 0, 0, expected));
                            break;
                        case "samples":
                            foreach (var sample in step.GetProperty("samples").EnumerateArray())
                            {
                                var values = sample.EnumerateArray().Select(v => v.GetInt64()).ToArray();
                                samples.Add((values[0], values[1], values[2]));
                            }
                            break;
                    }
                });
            }
            finally
            {
                stop.Set();
                sampler?.Join();
            }
            var run = figures.Single();
            if (run.Count != expected) throw new BenchmarkFailure($"{name}: the module streamed {run.Count} conversations, the workspace holds {expected}.");
            var report = new MemoryReport(run.Count, idleWorkingSet, idleManaged, Math.Max(sampledPeak, samples.Count == 0 ? 0 : samples.Max(s => s.WorkingSet)), samples);

            var aboveIdle = report.PeakWorkingSet - report.IdleWorkingSet;
            var late = report.LateSample;
            var idSetBytes = MemoryReport.IdSetBytes(late.Items);
            var retained = late.Managed - report.IdleManaged;
            var growth = report.GrowthPerItemBeyondIdSet();
            _table.Info(name, $"module in pwsh: -ChunkDays 1 -ThrottleLimit {_sizes.MemoryThrottleLimit} | ForEach-Object, {Format.Count(run.Count)} conversations", $"{Format.Seconds(run.Seconds)} ({Format.Rate(run.Rate)}, {Format.Micros(run.CpuMicrosPerObject)} CPU and {Format.Bytes(run.BytesPerObject)} allocated per object)");
            _table.Info(name, "idle working set (pwsh + module imported + connected)", Format.MB(report.IdleWorkingSet));
            _table.Info(name, "peak working set (sampled every 25 ms from outside)", $"{Format.MB(report.PeakWorkingSet)} (managed heap after a full collection: idle {Format.MB(report.IdleManaged)}, at {Format.Count(late.Items)} items {Format.MB(late.Managed)})");
            _table.Info(name, $"managed heap kept by the stream at {Format.Count(late.Items)} items, per conversation", $"{Format.Number((double)retained / Math.Max(1, late.Items))} B/id (the de-duplication IdSet at this count: {Format.Number((double)idSetBytes / Math.Max(1, late.Items))} B/id; the rest is the pages in flight)");
            _table.Target(name, "peak working set above idle", Format.MB(aboveIdle), "< 150 MB", aboveIdle < 150_000_000,
                $"the peak was {Format.MB(report.PeakWorkingSet)} against an idle {Format.MB(report.IdleWorkingSet)}; the managed heap after a full collection was {Format.MB(late.Managed)} at {Format.Count(late.Items)} items, so the rest is garbage between collections and runtime/native memory.");
            _table.Target(name, $"managed heap growth beyond the IdSet ({report.StreamingSamples.Count} samples up to {Format.Count(late.Items)} items, least-squares slope)", $"{Format.Number(growth)} B/item", "< 8 B/item (one reference)", growth < 8,
                $"after full collections, the heap minus the IdSet grew {Format.Number(growth)} bytes per streamed conversation; at small counts the pages in flight vary as much as that, so check with a full run before suspecting a leak.");
        }

        /// <summary>4. Contact lookups at 80 ms, twice: the second pass is served by the session cache.</summary>
        public void Cache()
        {
            const string name = "4. Cache";
            var latency = _sizes.CacheLatency;
            using var server = new SandboxServerProcess(new SandboxSpec { Contacts = _sizes.CacheContacts, ContactLatency = latency });
            var ids = server.ContactIds(_sizes.CacheContacts);
            var idsFile = Path.Combine(Path.GetTempPath(), $"intercomps-bench-ids-{Environment.ProcessId}.txt");
            File.WriteAllLines(idsFile, ids);
            RunSeries passes;
            try
            {
                // The ids travel in a file: 5,000 of them would not fit a command line everywhere.
                passes = RunPeers(server, ChildProcess.PwshCommand(new[]
                {
                    "-Command",
                    $"& '{BenchPaths.PwshPeerScript}' -Mode cache -Manifest '{BenchPaths.Manifest}' -BaseUri '{server.BaseUri}' -Token '{server.Token}' " +
                    $"-ThrottleLimit {_sizes.CacheThrottleLimit} -Ids (Get-Content '{idsFile}')",
                }), ids.Count, name, "module", SandboxRoutes.GetContact);
            }
            finally
            {
                File.Delete(idsFile);
            }
            var cold = passes.Runs[0];
            var warm = passes.Runs[1];
            var floor = ids.Count * latency.TotalSeconds / _sizes.CacheThrottleLimit;
            _table.Info(name, $"cold: {Format.Count(ids.Count)} ids | Get-IntercomContact -ThrottleLimit {_sizes.CacheThrottleLimit} ({Format.Milliseconds(latency.TotalMilliseconds)} a request)", $"{Format.Seconds(cold.Seconds)} ({cold.Requests} requests; floor {Format.Seconds(floor)})");
            _table.Info(name, "warm: the same again, same session", $"{Format.Seconds(warm.Seconds)} ({Format.Rate(warm.Rate)})");
            _table.Target(name, "warm requests (sandbox request log)", warm.Requests.ToString(CultureInfo.InvariantCulture), "0", warm.Requests == 0,
                $"{warm.Requests} of {ids.Count} warm lookups went to the server: the session cache (Connect-Intercom -CacheSize, default size) did not hold every contact of the first pass.");
        }

        /// <summary>
        /// 5. Import-Module of the built module in fresh pwsh processes, timed inside each, beside two floors: an empty
        /// script module (the engine's own cost) and a binary module of as many empty cmdlets (PowerShell's cost for a
        /// module of this size), so the module's own share can be told from PowerShell's.
        /// </summary>
        public void ImportTime()
        {
            const string name = "5. Import-Module";
            var directory = Path.Combine(Path.GetTempPath(), $"intercomps-bench-{Environment.ProcessId}");
            Directory.CreateDirectory(directory);
            try
            {
                var empty = Path.Combine(directory, "EmptyBenchModule.psm1");
                File.WriteAllText(empty, "# Intentionally empty: measures what Import-Module costs before any module code runs.\n");
                var cmdlets = ChildProcess.RunPeer(ChildProcess.PwshCommand(new[] { "-File", BenchPaths.FloorModuleScript, "-Manifest", BenchPaths.Manifest, "-Directory", directory }),
                    TimeSpan.FromMinutes(2)).GetProperty("cmdlets").GetInt32();
                var imports = TimeImports(BenchPaths.Manifest, _sizes.ImportRepetitions);
                var floorRepetitions = Math.Max(1, _sizes.ImportRepetitions / 2);
                var scriptFloor = Median(TimeImports(empty, floorRepetitions));
                var binaryFloor = Median(TimeImports(Path.Combine(directory, "BenchFloor.psd1"), floorRepetitions));
                var median = Median(imports);
                var each = string.Join(", ", imports.Select(Format.Milliseconds));
                _table.Info(name, $"Import-Module of an empty script module, fresh pwsh (the engine's own cost; median of {floorRepetitions})", Format.Milliseconds(scriptFloor));
                _table.Info(name, $"Import-Module of a binary module of {cmdlets} empty cmdlets, no dependencies, no views (PowerShell's own cost for a module of this size; median of {floorRepetitions})", Format.Milliseconds(binaryFloor));
                _table.Target(name, $"Import-Module IntercomPS.psd1, fresh pwsh, median of {imports.Count} ({each})", Format.Milliseconds(median), "< 120 ms", median < 120,
                    $"the import took {Format.Milliseconds(median)} in a fresh pwsh. A binary module of the same {cmdlets} cmdlets, empty, takes {Format.Milliseconds(binaryFloor)} " +
                    $"(an empty script module {Format.Milliseconds(scriptFloor)}): that much is PowerShell's own, before any of the module's code or data. The module's share is the rest: " +
                    "the loader installing dependency isolation, the engine assembly the cmdlets derive from, and the format file's views.");
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        private static List<double> TimeImports(string module, int repetitions)
        {
            var times = new List<double>();
            for (var i = 0; i < repetitions; i++)
            {
                var result = ChildProcess.RunPeer(ChildProcess.PwshCommand(new[]
                {
                    "-Command",
                    $"$w = [Diagnostics.Stopwatch]::StartNew(); Import-Module '{module}' -ErrorAction Stop; $w.Stop(); " +
                    "[Console]::Out.WriteLine('BENCH-RESULT {\"importMs\": ' + $w.Elapsed.TotalMilliseconds.ToString([cultureinfo]::InvariantCulture) + '}')",
                }), TimeSpan.FromMinutes(2));
                times.Add(result.GetProperty("importMs").GetDouble());
            }
            return times;
        }

        /// <summary>The pwsh peer over a range, with only the given extra parameters.</summary>
        private static (string, List<string>) Pwsh(SandboxServerProcess server, string mode, DateTimeOffset since, DateTimeOffset until, int runs, IEnumerable<string> extra)
        {
            var arguments = new List<string>
            {
                "-File", BenchPaths.PwshPeerScript, "-Mode", mode, "-Manifest", BenchPaths.Manifest,
                "-BaseUri", server.BaseUri.ToString(), "-Token", server.Token,
                "-Since", since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "-Until", until.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "-Runs", runs.ToString(CultureInfo.InvariantCulture),
            };
            arguments.AddRange(extra);
            return ChildProcess.PwshCommand(arguments);
        }

        private static (string, List<string>) Node(SandboxServerProcess server, DateTimeOffset since, DateTimeOffset until, int runs) =>
            ChildProcess.NodeCommand(new[]
            {
                "search",
                "--base-url", server.BaseUri.ToString().TrimEnd('/'),
                "--token", server.Token,
                "--since", since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "--until", until.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "--per-page", BenchSizes.PageSize.ToString(CultureInfo.InvariantCulture),
                "--runs", runs.ToString(CultureInfo.InvariantCulture),
            });

        private static (string, List<string>) Raw(SandboxServerProcess server, DateTimeOffset since, DateTimeOffset until, int runs, int chunkDays = 0, int concurrency = 1) =>
            ChildProcess.SelfCommand(new[]
            {
                "--child", "raw",
                "--base-uri", server.BaseUri.ToString(),
                "--token", server.Token,
                "--since", since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "--until", until.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "--chunk-days", chunkDays.ToString(CultureInfo.InvariantCulture),
                "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture),
                "--runs", runs.ToString(CultureInfo.InvariantCulture),
            });

        /// <summary>
        /// Runs a peer process; between its runs, clears the server's request log and reads it back, so every run
        /// carries its own request count and peak concurrency. Every run's count must match the truth.
        /// </summary>
        private static RunSeries RunPeers(SandboxServerProcess server, (string, List<string>) command, long expected, string scenario, string peer,
            string route = SandboxRoutes.SearchConversations)
        {
            var runs = new List<RunFigures>();
            ChildProcess.RunPeer(command, PeerTimeout, step =>
            {
                switch (step.GetProperty("phase").GetString())
                {
                    case "start":
                        server.ClearLog();
                        break;
                    case "end":
                        var (requests, peak) = server.Stats(route);
                        runs.Add(RunFigures.From(step, requests, peak, expected));
                        break;
                }
            });
            if (runs.Count == 0) throw new BenchmarkFailure($"{scenario}: {peer} reported no run.");
            foreach (var run in runs)
            {
                if (run.Count != expected) throw new BenchmarkFailure($"{scenario}: {peer} returned {run.Count} objects, the workspace holds {expected}.");
            }
            return new RunSeries(runs);
        }

        private static double Median(IReadOnlyList<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted[sorted.Length / 2];
        }
    }

    /// <summary>One measured run of a peer: its own figures, and the server's request log over it.</summary>
    internal sealed record RunFigures(long Count, double Seconds, double CpuSeconds, long? AllocatedBytes, int Requests, int PeakConcurrency)
    {
        public double Rate => Count / Seconds;

        public double CpuMicrosPerObject => CpuSeconds * 1e6 / Count;

        public double BytesPerObject => AllocatedBytes is long bytes ? (double)bytes / Count : double.NaN;

        /// <summary>A run's step; a count of -1 (the peer did not count, e.g. into Out-Null) stands for the expected count.</summary>
        public static RunFigures From(JsonElement step, int requests, int peak, long expected)
        {
            var count = step.GetProperty("count").GetInt64();
            return new RunFigures(
                count < 0 ? expected : count,
                step.GetProperty("seconds").GetDouble(),
                step.GetProperty("cpuSeconds").GetDouble(),
                step.TryGetProperty("allocatedBytes", out var allocated) ? allocated.GetInt64() : null,
                requests,
                peak);
        }
    }

    /// <summary>The runs of one peer; each figure is the median over the runs, taken separately.</summary>
    internal sealed class RunSeries
    {
        public RunSeries(IReadOnlyList<RunFigures> runs) => Runs = runs;

        public IReadOnlyList<RunFigures> Runs { get; }

        public long Count => Runs[0].Count;

        public double Seconds => Median(r => r.Seconds);

        public double Rate => Count / Seconds;

        public double CpuMicrosPerObject => Median(r => r.CpuMicrosPerObject);

        public double BytesPerObject => Median(r => r.BytesPerObject);

        public int Requests => (int)Median(r => r.Requests);

        public int PeakConcurrency => Runs.Max(r => r.PeakConcurrency);

        public string Describe(bool allocations = true, bool perObject = true)
        {
            var text = $"{Format.Seconds(Seconds)} ({Format.Rate(Rate)}";
            if (perObject) text += $"; {Format.Micros(CpuMicrosPerObject)} CPU/object";
            if (perObject && allocations) text += $", {Format.Bytes(BytesPerObject)}/object";
            if (perObject && Requests > 0) text += $"; {Requests} requests";
            return text + ")";
        }

        public string DescribeRequests() => $"{Format.Seconds(Seconds)} ({Requests} requests, peak {PeakConcurrency} in flight)";

        private double Median(Func<RunFigures, double> figure)
        {
            var values = Runs.Select(figure).OrderBy(v => v).ToArray();
            return values[values.Length / 2];
        }
    }
}
