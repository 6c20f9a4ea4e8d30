using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using IntercomPS.Sandbox;

namespace IntercomPS.Bench
{
    /// <summary>The five scenarios of the benchmark. Each starts its own loopback sandbox; every peer of a scenario uses it.</summary>
    internal sealed class Scenarios
    {
        private const string StreamScript = @"param($Since, $Until, $ChunkDays, $ThrottleLimit)
$arguments = @{ Since = $Since; Until = $Until; PageSize = 150 }
if ($ChunkDays) { $arguments.ChunkDays = $ChunkDays }
if ($ThrottleLimit) { $arguments.ThrottleLimit = $ThrottleLimit }
$n = 0
Get-IntercomConversation @arguments | ForEach-Object { $n++ }
$n";

        private readonly BenchSizes _sizes;
        private readonly ResultTable _table;
        private readonly ModuleSession _session;

        public Scenarios(BenchSizes sizes, ResultTable table, ModuleSession session)
        {
            _sizes = sizes;
            _table = table;
            _session = session;
        }

        /// <summary>1. Objects per second through search paging with no added latency: module, Node SDK, raw loop.</summary>
        public void Throughput()
        {
            const string name = "1. Throughput";
            var total = _sizes.ThroughputConversations;
            // 60 days, so the module's default plan (1-day windows, one at a time) and a single cursor page the same data.
            const int days = 60;
            using var sandbox = LoopbackSandbox.WithConversations(total, days, rateLimitPerMinute: 0);
            var since = LoopbackSandbox.RangeStart;
            var until = since.AddDays(days);
            var expected = sandbox.Workspace.ConversationIdsCreatedIn(since, until).Count;
            _session.Connect(sandbox.BaseUri, sandbox.Token);
            using var raw = new RawSearchLoop(sandbox.BaseUri, sandbox.Token);

            // Warm-up (JIT, connections) on one day: the in-process peers would otherwise pay it inside the measurement.
            RunModuleStream(since, since.AddDays(1), null, null);
            raw.SearchAsync(since.ToUnixTimeSeconds(), since.AddDays(1).ToUnixTimeSeconds(), BenchSizes.PageSize).GetAwaiter().GetResult();

            var module = new List<Measurement>();
            var node = new List<Measurement>();
            var rawRuns = new List<Measurement>();
            var discardedRuns = new List<Measurement>();
            var pipelineRuns = new List<double>();
            for (var i = 0; i < _sizes.ThroughputRepetitions; i++)
            {
                // Interleaved, so a burst of load from other processes does not favour one peer.
                module.Add(Measure(sandbox, () => RunModuleStream(since, until, null, null)));
                node.Add(Measure(sandbox, () => RunNodeSearch(sandbox, since, until)));
                rawRuns.Add(Measure(sandbox, () => raw.SearchAsync(since.ToUnixTimeSeconds(), until.ToUnixTimeSeconds(), BenchSizes.PageSize).GetAwaiter().GetResult().Count));
                // Where the module's time goes: the same cmdlet with no consumer (Out-Null discards each object as it
                // is written), and ForEach-Object alone over as many plain objects (the part no client can avoid).
                discardedRuns.Add(Measure(sandbox, () =>
                {
                    _session.Run("param($Since, $Until) Get-IntercomConversation -Since $Since -Until $Until -PageSize 150 | Out-Null", new Hashtable { ["Since"] = since, ["Until"] = until });
                    return expected;
                }));
                var pipelineWatch = Stopwatch.StartNew();
                _session.RunCount("param($Count) $n = 0; [System.Linq.Enumerable]::Range(0, $Count) | ForEach-Object { $n++ }; $n", new Hashtable { ["Count"] = expected });
                pipelineRuns.Add(pipelineWatch.Elapsed.TotalSeconds);
            }
            var moduleRun = Median(module, name, "module", expected);
            var nodeRun = Median(node, name, "Node SDK", expected);
            var rawRun = Median(rawRuns, name, "raw loop", expected);
            var discarded = Median(discardedRuns, name, "module without consumer", expected);
            pipelineRuns.Sort();
            var pipelineSeconds = pipelineRuns[pipelineRuns.Count / 2];

            var runs = _sizes.ThroughputRepetitions > 1 ? $", median of {_sizes.ThroughputRepetitions}" : string.Empty;
            _table.Info(name, $"module: Get-IntercomConversation -Since -Until | ForEach-Object ({Format.Count(expected)} conversations{runs})", $"{Format.Rate(moduleRun.Rate)} ({Format.Seconds(moduleRun.Seconds)}, {moduleRun.Requests} requests)");
            _table.Info(name, "Node SDK (intercom-client): conversations.search pager", $"{Format.Rate(nodeRun.Rate)} ({Format.Seconds(nodeRun.Seconds)}, {nodeRun.Requests} requests)");
            _table.Info(name, "raw loop: HttpClient + System.Text.Json", $"{Format.Rate(rawRun.Rate)} ({Format.Seconds(rawRun.Seconds)}, {rawRun.Requests} requests)");
            _table.Info(name, "module without a consumer: Get-IntercomConversation -Since -Until | Out-Null", $"{Format.Rate(discarded.Rate)} ({Format.Seconds(discarded.Seconds)})");
            _table.Info(name, $"PowerShell alone: {Format.Count(expected)} integers | ForEach-Object {{ $n++ }}", Format.Seconds(pipelineSeconds));

            var vsNode = moduleRun.Rate / nodeRun.Rate;
            var vsRaw = moduleRun.Rate / rawRun.Rate;
            _table.Target(name, "module / Node SDK objects per second", Format.Ratio(vsNode), ">= 1.50x", vsNode >= 1.5,
                $"the module streamed {Format.Rate(moduleRun.Rate)} against the Node SDK's {Format.Rate(nodeRun.Rate)}.");
            _table.Target(name, "module / raw loop objects per second", Format.Ratio(vsRaw), ">= 0.75x", vsRaw >= 0.75,
                $"the module took {Format.Seconds(moduleRun.Seconds)} against the raw loop's {Format.Seconds(rawRun.Seconds)}. " +
                $"Into Out-Null the module takes {Format.Seconds(discarded.Seconds)}: {Format.Seconds(discarded.Seconds - rawRun.Seconds)} more than the raw loop is the module's own path (engine paging and typed models, cmdlet output wrapping, the bridge to the pipeline thread), " +
                $"and {Format.Seconds(moduleRun.Seconds - discarded.Seconds)} is consuming the objects in ForEach-Object (as many plain integers take {Format.Seconds(pipelineSeconds)} there).");
        }

        /// <summary>2. A month of conversations at 120 ms a page: one cursor against 1-day windows 8 at a time.</summary>
        public void LatencyBoundRange()
        {
            const string name = "2. Latency-bound range";
            var days = _sizes.RangeDays;
            var latency = _sizes.RangePageLatency;
            using var sandbox = LoopbackSandbox.WithConversations(days * _sizes.RangeConversationsPerDay, days, _sizes.RangeRateLimitPerMinute,
                options => options.Faults.LatencyPerRoute[SandboxRoutes.SearchConversations] = latency);
            var since = LoopbackSandbox.RangeStart;
            var until = since.AddDays(days);
            var expected = sandbox.Workspace.ConversationIdsCreatedIn(since, until).Count;
            _session.Connect(sandbox.BaseUri, sandbox.Token);

            // The fewest pages 1-day windows can cost, from the data itself.
            var windows = new List<(long, long)>();
            var chunkedPages = 0;
            var mostPagesInAWindow = 0;
            for (var day = 0; day < days; day++)
            {
                var start = since.AddDays(day);
                var count = sandbox.Workspace.ConversationIdsCreatedIn(start, start.AddDays(1)).Count;
                var pages = Math.Max(1, (count + BenchSizes.PageSize - 1) / BenchSizes.PageSize);
                chunkedPages += pages;
                mostPagesInAWindow = Math.Max(mostPagesInAWindow, pages);
                windows.Add((start.ToUnixTimeSeconds(), start.AddDays(1).ToUnixTimeSeconds()));
            }
            var singlePages = Math.Max(1, (expected + BenchSizes.PageSize - 1) / BenchSizes.PageSize);
            var concurrency = _sizes.RangeThrottleLimit;
            var rateBound = chunkedPages / (_sizes.RangeRateLimitPerMinute / 60.0);
            var latencyBound = chunkedPages * latency.TotalSeconds / concurrency;
            var floor = Math.Max(rateBound, latencyBound);

            var single = Check(Measure(sandbox, () => RunModuleStream(since, until, days, 1)), name, "module single cursor", expected);
            var node = Check(Measure(sandbox, () => RunNodeSearch(sandbox, since, until)), name, "Node SDK", expected);
            var chunkedRuns = new List<Measurement>();
            for (var i = 0; i < _sizes.RangeChunkedRepetitions; i++)
            {
                chunkedRuns.Add(Measure(sandbox, () => RunModuleStream(since, until, 1, concurrency)));
            }
            var chunked = Median(chunkedRuns, name, "module chunked", expected);
            Measurement rawChunked;
            using (var raw = new RawSearchLoop(sandbox.BaseUri, sandbox.Token))
            {
                rawChunked = Check(Measure(sandbox, () => raw.SearchWindowsAsync(windows, BenchSizes.PageSize, concurrency).GetAwaiter().GetResult().Count), name, "raw loop chunked", expected);
            }

            var perPage = $"{Format.Count(expected)} conversations, {days} days, {Format.Milliseconds(latency.TotalMilliseconds)} a page, {Format.Count(_sizes.RangeRateLimitPerMinute)} requests/min";
            _table.Info(name, $"module single cursor: -ChunkDays {days} -ThrottleLimit 1 ({perPage})", $"{Format.Seconds(single.Seconds)} ({single.Requests} requests)");
            _table.Info(name, "Node SDK: one search cursor", $"{Format.Seconds(node.Seconds)} ({node.Requests} requests)");
            var runs = _sizes.RangeChunkedRepetitions > 1 ? $", median of {_sizes.RangeChunkedRepetitions}" : string.Empty;
            _table.Info(name, $"module chunked: -ChunkDays 1 -ThrottleLimit {concurrency}{runs}", $"{Format.Seconds(chunked.Seconds)} ({chunked.Requests} requests, peak {chunked.PeakConcurrency} in flight)");
            _table.Info(name, $"raw loop: 1-day windows, {concurrency} at a time", $"{Format.Seconds(rawChunked.Seconds)} ({rawChunked.Requests} requests)");
            _table.Info(name, $"floor: max({chunkedPages} pages / rate limit, {chunkedPages} pages x latency / {concurrency})", $"{Format.Seconds(floor)} (single cursor: {singlePages} pages x latency = {Format.Seconds(singlePages * latency.TotalSeconds)})");

            var speedup = single.Seconds / chunked.Seconds;
            var toFloor = chunked.Seconds / floor;
            var extraRequests = chunked.Requests - chunkedPages;
            var why = $"chunked took {Format.Seconds(chunked.Seconds)} against a floor of {Format.Seconds(floor)}; it sent {chunked.Requests} search requests where 1-day windows need {chunkedPages} ({extraRequests:+0;-0;0}), peak concurrency {chunked.PeakConcurrency} of {concurrency}; the raw loop with the same windows took {Format.Seconds(rawChunked.Seconds)}.";
            // A window's pages follow one cursor, one after another, so whole windows are the unit of parallel work:
            // with 8 slots the 30 windows take ceil(30 / 8) rounds of a window's length, above the page-level floor.
            var rounds = (int)Math.Ceiling(days / (double)concurrency);
            var windowFloor = rounds * mostPagesInAWindow * latency.TotalSeconds;
            why += $" Pages of one window follow one cursor and cannot overlap, so {days} windows of up to {mostPagesInAWindow} pages on {concurrency} slots take at least {rounds} rounds x {mostPagesInAWindow} pages x {Format.Milliseconds(latency.TotalMilliseconds)} = {Format.Seconds(windowFloor)}; the module adds {Format.Seconds(Math.Max(0, chunked.Seconds - rawChunked.Seconds))} over the raw loop (ordered, de-duplicated emission to the pipeline).";
            _table.Target(name, "single cursor / chunked time", Format.Ratio(speedup), ">= 5.00x", speedup >= 5,
                $"chunked took {Format.Seconds(chunked.Seconds)} against {Format.Seconds(single.Seconds)} for one cursor (the next line says where the rest of the time goes).");
            _table.Target(name, "chunked / floor time", Format.Ratio(toFloor), "<= 1.25x", toFloor <= 1.25, why);
        }

        /// <summary>3. Peak working set of a child process streaming a million conversations.</summary>
        public void Memory()
        {
            const string name = "3. Memory";
            var days = _sizes.MemoryDays;
            // No rate limit: this scenario measures memory, and the cap would only stretch the run.
            using var sandbox = LoopbackSandbox.WithConversations(_sizes.MemoryConversations, days, rateLimitPerMinute: 0);
            var since = LoopbackSandbox.RangeStart;
            var until = since.AddDays(days);
            var expected = sandbox.Workspace.ConversationIdsCreatedIn(since, until).Count;
            var every = Math.Max(1000, expected / 20);
            var result = ChildProcess.RunSelf(new[]
            {
                "--child", "memory",
                "--base-uri", sandbox.BaseUri.ToString(),
                "--token", sandbox.Token,
                "--since", since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "--until", until.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "--throttle", _sizes.MemoryThrottleLimit.ToString(CultureInfo.InvariantCulture),
                "--every", every.ToString(CultureInfo.InvariantCulture),
            }, TimeSpan.FromMinutes(15));
            var report = MemoryReport.From(result);
            if (report.Count != expected) throw new BenchmarkFailure($"{name}: the module streamed {report.Count} conversations, the workspace holds {expected}.");

            var aboveIdle = report.PeakWorkingSet - report.IdleWorkingSet;
            var late = report.LateSample;
            var idSetBytes = MemoryReport.IdSetBytes(late.Items);
            var retained = late.Managed - report.IdleManaged;
            var growth = report.GrowthPerItemBeyondIdSet();
            _table.Info(name, $"module: -ChunkDays 1 -ThrottleLimit {_sizes.MemoryThrottleLimit} | ForEach-Object, {Format.Count(report.Count)} conversations, child process", $"{Format.Seconds(report.Seconds)} ({Format.Rate(report.Count / report.Seconds)})");
            _table.Info(name, "idle working set (engine + module imported + connected)", Format.MB(report.IdleWorkingSet));
            _table.Info(name, "peak working set", $"{Format.MB(report.PeakWorkingSet)} (managed heap after a full collection: idle {Format.MB(report.IdleManaged)}, at {Format.Count(late.Items)} items {Format.MB(late.Managed)})");
            _table.Info(name, $"managed heap kept by the stream at {Format.Count(late.Items)} items, per conversation", $"{Format.Number((double)retained / Math.Max(1, late.Items))} B/id (the de-duplication IdSet at this count: {Format.Number((double)idSetBytes / Math.Max(1, late.Items))} B/id; the rest is the pages in flight)");
            _table.Target(name, "peak working set above idle", Format.MB(aboveIdle), "< 200 MB", aboveIdle < 200_000_000,
                $"the peak was {Format.MB(report.PeakWorkingSet)} against an idle {Format.MB(report.IdleWorkingSet)}; the managed heap after a full collection was {Format.MB(late.Managed)} at {Format.Count(late.Items)} items, so the rest is garbage between collections and runtime/native memory.");
            // Samples of the heap after full collections, minus the IdSet's exact size at each count, against the count:
            // the slope is what grows per object beyond the de-duplication. One kept reference per object would be 8 B.
            _table.Target(name, $"managed heap growth beyond the IdSet ({report.StreamingSamples.Count} samples up to {Format.Count(late.Items)} items, least-squares slope)", $"{Format.Number(growth)} B/item", "< 8 B/item (one reference)", growth < 8,
                $"after full collections, the heap minus the IdSet grew {Format.Number(growth)} bytes per streamed conversation (from {Format.MB(report.Samples[0].Managed - MemoryReport.IdSetBytes(report.Samples[0].Items))} at {Format.Count(report.Samples[0].Items)} items to {Format.MB(late.Managed - idSetBytes)} at {Format.Count(late.Items)}); at small counts the pages in flight vary as much as that, so check with a full run before suspecting a leak.");
        }

        /// <summary>4. Contact lookups at 80 ms, twice: the second pass is served by the session cache.</summary>
        public void Cache()
        {
            const string name = "4. Cache";
            var latency = _sizes.CacheLatency;
            var options = new SandboxOptions { ContactCount = _sizes.CacheContacts, ConversationCount = 0, LogCapacity = 10_000 };
            options.Faults.LatencyPerRoute[SandboxRoutes.GetContact] = latency;
            using var sandbox = new LoopbackSandbox(options);
            var ids = Enumerable.Range(0, _sizes.CacheContacts).Select(sandbox.Workspace.ContactIdAt).ToArray();
            _session.Connect(sandbox.BaseUri, sandbox.Token);
            const string script = "param($Ids, $ThrottleLimit) $n = 0; $Ids | Get-IntercomContact -ThrottleLimit $ThrottleLimit | ForEach-Object { $n++ }; $n";
            var parameters = new Hashtable { ["Ids"] = ids, ["ThrottleLimit"] = _sizes.CacheThrottleLimit };

            var cold = Check(Measure(sandbox, () => _session.RunCount(script, parameters), SandboxRoutes.GetContact), name, "cold", ids.Length);
            var warm = Check(Measure(sandbox, () => _session.RunCount(script, parameters), SandboxRoutes.GetContact), name, "warm", ids.Length);
            var floor = ids.Length * latency.TotalSeconds / _sizes.CacheThrottleLimit;
            _table.Info(name, $"cold: {Format.Count(ids.Length)} ids | Get-IntercomContact -ThrottleLimit {_sizes.CacheThrottleLimit} ({Format.Milliseconds(latency.TotalMilliseconds)} a request)", $"{Format.Seconds(cold.Seconds)} ({cold.Requests} requests; floor {Format.Seconds(floor)})");
            _table.Info(name, "warm: the same again", $"{Format.Seconds(warm.Seconds)} ({Format.Rate(ids.Length / warm.Seconds)})");
            _table.Target(name, "warm requests (sandbox request log)", warm.Requests.ToString(CultureInfo.InvariantCulture), "0", warm.Requests == 0,
                $"{warm.Requests} of {ids.Length} warm lookups went to the server: the session cache (Connect-Intercom -CacheSize, default size) did not hold every contact of the first pass.");
        }

        /// <summary>5. Import-Module of the built module, each in a fresh process.</summary>
        public void ImportTime()
        {
            const string name = "5. Import-Module";
            var imports = new List<double>();
            double open = 0;
            for (var i = 0; i < _sizes.ImportRepetitions; i++)
            {
                var result = ChildProcess.RunSelf(new[] { "--child", "import" }, TimeSpan.FromMinutes(2));
                imports.Add(result.GetProperty("importMs").GetDouble());
                open = Math.Max(open, result.GetProperty("openMs").GetDouble());
            }
            var baseline = ChildProcess.RunSelf(new[] { "--child", "import-baseline" }, TimeSpan.FromMinutes(2)).GetProperty("importMs").GetDouble();
            imports.Sort();
            var median = imports[imports.Count / 2];
            var each = string.Join(", ", imports.Select(Format.Milliseconds));
            _table.Info(name, "engine start (runspace open, before the import), slowest", Format.Milliseconds(open));
            _table.Info(name, "Import-Module of an empty script module, fresh process (the engine's own cost)", Format.Milliseconds(baseline));
            _table.Target(name, $"Import-Module IntercomPS.psd1, cold, fresh process (median of {imports.Count}: {each})", Format.Milliseconds(median), "< 500 ms", median < 500,
                $"the import took {Format.Milliseconds(median)} in a fresh process, of which an empty script module's import accounts for {Format.Milliseconds(baseline)}; the remaining {Format.Milliseconds(median - baseline)} is the module's own: the manifest, loading IntercomPS.dll and installing the dependency resolver (module/IntercomPS.psm1), Import-Module -Assembly reflecting over the cmdlets, and the format and type files.");
        }

        private long RunModuleStream(DateTimeOffset since, DateTimeOffset until, int? chunkDays, int? throttleLimit) =>
            _session.RunCount(StreamScript, new Hashtable { ["Since"] = since, ["Until"] = until, ["ChunkDays"] = chunkDays, ["ThrottleLimit"] = throttleLimit });

        private static long RunNodeSearch(LoopbackSandbox sandbox, DateTimeOffset since, DateTimeOffset until)
        {
            var result = ChildProcess.RunNode(new[]
            {
                "search",
                "--base-url", sandbox.BaseUri.ToString().TrimEnd('/'),
                "--token", sandbox.Token,
                "--since", since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "--until", until.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "--per-page", BenchSizes.PageSize.ToString(CultureInfo.InvariantCulture),
            }, TimeSpan.FromMinutes(10));
            // The Node peer's own clock covers its paging only, not Node's start-up: the fairest figure for it.
            NodeSeconds = result.GetProperty("seconds").GetDouble();
            return result.GetProperty("count").GetInt64();
        }

        [ThreadStatic] private static double? NodeSeconds;

        private static Measurement Measure(LoopbackSandbox sandbox, Func<long> run, string route = SandboxRoutes.SearchConversations)
        {
            sandbox.Log.Clear();
            NodeSeconds = null;
            var watch = Stopwatch.StartNew();
            var count = run();
            watch.Stop();
            var seconds = NodeSeconds ?? watch.Elapsed.TotalSeconds;
            NodeSeconds = null;
            return new Measurement(count, seconds, sandbox.Log.Count(route), sandbox.Log.MaxConcurrency);
        }

        private static Measurement Check(Measurement run, string scenario, string peer, long expected)
        {
            if (run.Count != expected) throw new BenchmarkFailure($"{scenario}: {peer} returned {run.Count} objects, the workspace holds {expected}.");
            return run;
        }

        private static Measurement Median(List<Measurement> runs, string scenario, string peer, long expected)
        {
            foreach (var run in runs) Check(run, scenario, peer, expected);
            return runs.OrderBy(r => r.Seconds).ElementAt(runs.Count / 2);
        }
    }

    internal readonly record struct Measurement(long Count, double Seconds, int Requests, int PeakConcurrency)
    {
        public double Rate => Count / Seconds;
    }
}
