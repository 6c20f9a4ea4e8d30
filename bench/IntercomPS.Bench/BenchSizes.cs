using System;

namespace IntercomPS.Bench
{
    /// <summary>Sizes of every scenario: the figures, or small ones for the CI smoke run (--quick).</summary>
    internal sealed record BenchSizes
    {
        public bool Quick { get; private init; }

        /// <summary>Measured runs of each peer, after one warm-up on the range's first day; the median is reported.</summary>
        public int Repetitions { get; private init; }

        // 1. Throughput, zero added latency.
        public int ThroughputConversations { get; private init; }
        public int ThroughputDays { get; private init; }

        // 2. Latency-bound range.
        public int RangeDays { get; private init; }
        public int RangeConversationsPerDay { get; private init; }
        public TimeSpan RangePageLatency { get; private init; }
        public int RangeRateLimitPerMinute { get; private init; }
        public int RangeThrottleLimit { get; private init; }

        /// <summary>Runs of the single-cursor peers, which take 400 pages x latency each (48 s at full size).</summary>
        public int SingleCursorRepetitions { get; private init; }

        // 3. Memory.
        public int MemoryConversations { get; private init; }
        public int MemoryDays { get; private init; }
        public int MemoryThrottleLimit { get; private init; }

        // 4. Cache.
        public int CacheContacts { get; private init; }
        public TimeSpan CacheLatency { get; private init; }
        public int CacheThrottleLimit { get; private init; }

        // 5. Import-Module.
        public int ImportRepetitions { get; private init; }

        public const int PageSize = 150;

        public static BenchSizes Full() => new BenchSizes
        {
            Repetitions = 5,
            ThroughputConversations = 100_000,
            ThroughputDays = 60,
            RangeDays = 30,
            RangeConversationsPerDay = 2_000,
            RangePageLatency = TimeSpan.FromMilliseconds(120),
            RangeRateLimitPerMinute = 10_000,
            RangeThrottleLimit = 8,
            SingleCursorRepetitions = 1,
            MemoryConversations = 1_000_000,
            MemoryDays = 59,
            MemoryThrottleLimit = 4,
            CacheContacts = 5_000,
            CacheLatency = TimeSpan.FromMilliseconds(80),
            CacheThrottleLimit = 10,
            ImportRepetitions = 10,
        };

        /// <summary>
        /// The full run with every object count multiplied by <paramref name="scale"/> (0 &lt; scale &lt;= 1): for a machine
        /// too busy to finish the full sizes in reasonable time. Runs, days, latencies and rates stay as they are.
        /// </summary>
        public BenchSizes Scaled(double scale)
        {
            if (!(scale > 0 && scale <= 1)) throw new ArgumentOutOfRangeException(nameof(scale), scale, "--scale must be above 0 and at most 1.");
            int Scale(int count) => Math.Max(1, (int)Math.Round(count * scale));
            return this with
            {
                ThroughputConversations = Scale(ThroughputConversations),
                RangeConversationsPerDay = Scale(RangeConversationsPerDay),
                MemoryConversations = Scale(MemoryConversations),
                CacheContacts = Scale(CacheContacts),
            };
        }

        public static BenchSizes QuickSizes() => new BenchSizes
        {
            Quick = true,
            Repetitions = 1,
            ThroughputConversations = 3_000,
            ThroughputDays = 6,
            RangeDays = 3,
            RangeConversationsPerDay = 300,
            RangePageLatency = TimeSpan.FromMilliseconds(20),
            RangeRateLimitPerMinute = 10_000,
            RangeThrottleLimit = 8,
            SingleCursorRepetitions = 1,
            MemoryConversations = 20_000,
            MemoryDays = 5,
            MemoryThrottleLimit = 4,
            CacheContacts = 200,
            CacheLatency = TimeSpan.FromMilliseconds(10),
            CacheThrottleLimit = 10,
            ImportRepetitions = 1,
        };
    }
}
