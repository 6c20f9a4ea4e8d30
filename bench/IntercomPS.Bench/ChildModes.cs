using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;

namespace IntercomPS.Bench
{
    /// <summary>What this program does when started by itself as a child process (a clean process per measurement).</summary>
    internal static class ChildModes
    {
        public static int Run(string mode, IReadOnlyDictionary<string, string> options)
        {
            switch (mode)
            {
                case "import":
                    return Import();
                case "import-baseline":
                    return ImportBaseline();
                case "memory":
                    return Memory(options);
                default:
                    Console.Error.WriteLine($"Unknown child mode '{mode}'.");
                    return 2;
            }
        }

        /// <summary>Cold Import-Module: the engine is started first, so only the import is timed.</summary>
        private static int Import()
        {
            var open = Stopwatch.StartNew();
            using var session = new ModuleSession(importModule: false);
            open.Stop();
            var import = Stopwatch.StartNew();
            session.ImportModule();
            import.Stop();
            Print(new { openMs = open.Elapsed.TotalMilliseconds, importMs = import.Elapsed.TotalMilliseconds });
            return 0;
        }

        /// <summary>The engine's own cost of a cold Import-Module: an empty script module, timed the same way.</summary>
        private static int ImportBaseline()
        {
            var directory = Path.Combine(Path.GetTempPath(), "intercomps-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(directory);
            try
            {
                var module = Path.Combine(directory, "EmptyBenchModule.psm1");
                File.WriteAllText(module, "# Intentionally empty: measures what Import-Module costs before any module code runs.\n");
                using var session = new ModuleSession(importModule: false);
                var import = Stopwatch.StartNew();
                session.Run("param($Path) Import-Module $Path -ErrorAction Stop", new Hashtable { ["Path"] = module });
                import.Stop();
                Print(new { importMs = import.Elapsed.TotalMilliseconds });
                return 0;
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        /// <summary>
        /// Streams a range through ForEach-Object and reports the idle working set (engine, module imported, connected),
        /// the peak working set, and the managed heap after full collections every <c>--every</c> objects.
        /// </summary>
        private static int Memory(IReadOnlyDictionary<string, string> options)
        {
            var since = DateTimeOffset.FromUnixTimeSeconds(long.Parse(options["since"], CultureInfo.InvariantCulture));
            var until = DateTimeOffset.FromUnixTimeSeconds(long.Parse(options["until"], CultureInfo.InvariantCulture));
            var throttle = int.Parse(options["throttle"], CultureInfo.InvariantCulture);
            var every = int.Parse(options["every"], CultureInfo.InvariantCulture);

            using var session = new ModuleSession();
            session.Connect(new Uri(options["base-uri"]), options["token"]);

            using var process = Process.GetCurrentProcess();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Thread.Sleep(300);
            process.Refresh();
            var idleWorkingSet = process.WorkingSet64;
            var idleManaged = GC.GetTotalMemory(forceFullCollection: true);

            // Process.PeakWorkingSet64 also counts the import; sampling sees only the stream (the larger of both is kept).
            long sampledPeak = 0;
            using var stop = new CancellationTokenSource();
            var sampler = new Thread(() =>
            {
                using var self = Process.GetCurrentProcess();
                while (!stop.IsCancellationRequested)
                {
                    self.Refresh();
                    sampledPeak = Math.Max(sampledPeak, self.WorkingSet64);
                    Thread.Sleep(25);
                }
            }) { IsBackground = true };
            sampler.Start();

            var samples = new List<long[]>();
            const string script = @"param($Since, $Until, $ThrottleLimit, $Every, $Samples)
$n = 0
Get-IntercomConversation -Since $Since -Until $Until -ChunkDays 1 -ThrottleLimit $ThrottleLimit | ForEach-Object {
    $n++
    if ($n % $Every -eq 0) { $Samples.Add([long[]]@($n, [GC]::GetTotalMemory($true), [Environment]::WorkingSet)) }
}
$n";
            var watch = Stopwatch.StartNew();
            var count = session.RunCount(script, new Hashtable { ["Since"] = since, ["Until"] = until, ["ThrottleLimit"] = throttle, ["Every"] = every, ["Samples"] = samples });
            watch.Stop();
            stop.Cancel();
            sampler.Join();
            process.Refresh();
            var peak = Math.Max(sampledPeak, samples.Count == 0 ? 0 : samples.Max(s => s[2]));

            Print(new
            {
                count,
                seconds = watch.Elapsed.TotalSeconds,
                idleWorkingSet,
                idleManaged,
                peakWorkingSet = peak,
                processPeakWorkingSet = process.PeakWorkingSet64,
                samples = samples.Select(s => new { items = s[0], managed = s[1], workingSet = s[2] }).ToArray(),
            });
            return 0;
        }

        private static void Print(object result) => Console.WriteLine(ChildProcess.ResultPrefix + JsonSerializer.Serialize(result));
    }

    /// <summary>The memory child's answer, and what it means.</summary>
    internal sealed class MemoryReport
    {
        public long Count { get; private init; }
        public double Seconds { get; private init; }
        public long IdleWorkingSet { get; private init; }
        public long IdleManaged { get; private init; }
        public long PeakWorkingSet { get; private init; }
        public long ProcessPeakWorkingSet { get; private init; }
        public IReadOnlyList<(long Items, long Managed, long WorkingSet)> Samples { get; private init; } = Array.Empty<(long, long, long)>();

        /// <summary>
        /// Samples taken while the range reader is surely still running. Near the end the reader finishes (and drops its
        /// IdSet) before the pipeline has consumed the last objects it queued, so late samples understate what it held.
        /// </summary>
        public IReadOnlyList<(long Items, long Managed, long WorkingSet)> StreamingSamples => Samples.Where(s => s.Items <= Count * 9 / 10).ToArray();

        /// <summary>The last streaming sample (or idle when there is none).</summary>
        public (long Items, long Managed, long WorkingSet) LateSample
        {
            get
            {
                var streaming = StreamingSamples;
                return streaming.Count == 0 ? (0, IdleManaged, IdleWorkingSet) : streaming[streaming.Count - 1];
            }
        }

        public static MemoryReport From(JsonElement json) => new MemoryReport
        {
            Count = json.GetProperty("count").GetInt64(),
            Seconds = json.GetProperty("seconds").GetDouble(),
            IdleWorkingSet = json.GetProperty("idleWorkingSet").GetInt64(),
            IdleManaged = json.GetProperty("idleManaged").GetInt64(),
            PeakWorkingSet = json.GetProperty("peakWorkingSet").GetInt64(),
            ProcessPeakWorkingSet = json.GetProperty("processPeakWorkingSet").GetInt64(),
            Samples = json.GetProperty("samples").EnumerateArray()
                .Select(s => (s.GetProperty("items").GetInt64(), s.GetProperty("managed").GetInt64(), s.GetProperty("workingSet").GetInt64()))
                .ToArray(),
        };

        /// <summary>
        /// Size of the engine's de-duplication table after <paramref name="ids"/> numeric ids (Ranges/IdSet.cs: a
        /// power-of-two array of longs, at least 16, grown when more than three quarters full).
        /// </summary>
        public static long IdSetBytes(long ids)
        {
            long slots = 16;
            while (ids > slots / 4 * 3) slots *= 2;
            return slots * sizeof(long);
        }

        /// <summary>
        /// Least-squares slope of (managed heap after a full collection − the IdSet's size at that count) against the
        /// count: memory that grows with the number of objects streamed, beyond the de-duplication ids.
        /// </summary>
        public double GrowthPerItemBeyondIdSet()
        {
            var samples = StreamingSamples;
            if (samples.Count < 2) return double.NaN;
            var meanX = samples.Average(s => (double)s.Items);
            var meanY = samples.Average(s => (double)(s.Managed - IdSetBytes(s.Items)));
            var covariance = samples.Sum(s => (s.Items - meanX) * (s.Managed - IdSetBytes(s.Items) - meanY));
            var variance = samples.Sum(s => (s.Items - meanX) * (s.Items - meanX));
            return covariance / variance;
        }
    }
}
