using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace IntercomPS.Bench
{
    /// <summary>What this program does when started by itself as a child process: the server, or the raw-loop peer.</summary>
    internal static class ChildModes
    {
        public static int Run(string mode, IReadOnlyDictionary<string, string> options)
        {
            switch (mode)
            {
                case "serve":
                    return SandboxServerProcess.Serve(options);
                case "raw":
                    return RawPeer(options);
                default:
                    Console.Error.WriteLine($"Unknown child mode '{mode}'.");
                    return 2;
            }
        }

        /// <summary>
        /// The raw loop as a peer of its own process, measured like the others: one warm-up day, then --runs runs,
        /// each between two steps, with this process's CPU time and allocated bytes.
        /// </summary>
        private static int RawPeer(IReadOnlyDictionary<string, string> options)
        {
            var since = long.Parse(options["since"], CultureInfo.InvariantCulture);
            var until = long.Parse(options["until"], CultureInfo.InvariantCulture);
            var chunkDays = int.Parse(options.GetValueOrDefault("chunk-days", "0"), CultureInfo.InvariantCulture);
            var concurrency = int.Parse(options.GetValueOrDefault("concurrency", "1"), CultureInfo.InvariantCulture);
            var runs = int.Parse(options.GetValueOrDefault("runs", "5"), CultureInfo.InvariantCulture);
            using var raw = new RawSearchLoop(new Uri(options["base-uri"]), options["token"]);

            PagedCount Once(long from, long to)
            {
                if (chunkDays == 0) return raw.SearchAsync(from, to, BenchSizes.PageSize).GetAwaiter().GetResult();
                var windows = new List<(long, long)>();
                for (var start = from; start < to; start += chunkDays * 86400L) windows.Add((start, Math.Min(to, start + chunkDays * 86400L)));
                return raw.SearchWindowsAsync(windows, BenchSizes.PageSize, concurrency).GetAwaiter().GetResult();
            }

            Once(since, Math.Min(until, since + 86400));
            using var self = Process.GetCurrentProcess();
            for (var i = 0; i < runs; i++)
            {
                Step(new { phase = "start" });
                self.Refresh();
                var cpu = self.TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                var result = Once(since, until);
                watch.Stop();
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                self.Refresh();
                Step(new { phase = "end", count = result.Count, seconds = watch.Elapsed.TotalSeconds, cpuSeconds = (self.TotalProcessorTime - cpu).TotalSeconds, allocatedBytes = allocated });
            }
            Print(new { });
            return 0;
        }

        /// <summary>Reports a step to the benchmark and waits for its go-ahead (an empty line on standard input).</summary>
        private static void Step(object data)
        {
            Console.WriteLine(ChildProcess.StepPrefix + JsonSerializer.Serialize(data));
            Console.In.ReadLine();
        }

        public static void Print(object result) => Console.WriteLine(ChildProcess.ResultPrefix + JsonSerializer.Serialize(result));
    }
}
