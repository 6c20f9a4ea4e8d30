namespace IntercomPS.Engine.Diagnostics
{
    /// <summary>
    /// A latency distribution in constant memory: log-spaced buckets 5% wide, so a long session keeps no list of
    /// samples and its percentiles stay within 5% of the exact value. Lock-free; safe to record from any thread.
    /// </summary>
    internal sealed class LatencyHistogram
    {
        private const double BucketGrowth = 1.05;

        // Bucket 0 holds [0, 1) ms; bucket i holds [1.05^(i-1), 1.05^i) ms. 1.05^340 ms is about 4.5 hours, far beyond
        // any attempt timeout, so only absurd values share the last bucket.
        private const int BucketCount = 341;

        private static readonly double LogGrowth = Math.Log(BucketGrowth);

        private readonly long[] _counts = new long[BucketCount];
        private long _total;
        private long _maxTicks;

        public long Count => Interlocked.Read(ref _total);

        public double MaxMilliseconds => TimeSpan.FromTicks(Interlocked.Read(ref _maxTicks)).TotalMilliseconds;

        public void Record(TimeSpan elapsed)
        {
            var ticks = Math.Max(0, elapsed.Ticks);
            Interlocked.Increment(ref _counts[BucketOf(TimeSpan.FromTicks(ticks).TotalMilliseconds)]);
            Interlocked.Increment(ref _total);
            RaiseMax(ticks);
        }

        /// <summary>The latency below which <paramref name="fraction"/> of the recorded ones fall (upper edge of its bucket, never above the maximum).</summary>
        public double Percentile(double fraction)
        {
            var total = Count;
            if (total == 0) return 0;
            var rank = Math.Max(1, (long)Math.Ceiling(fraction * total));
            var max = MaxMilliseconds;
            long seen = 0;
            for (var bucket = 0; bucket < BucketCount; bucket++)
            {
                seen += Interlocked.Read(ref _counts[bucket]);
                if (seen >= rank) return Math.Min(UpperEdgeMilliseconds(bucket), max);
            }
            // Only reachable when records race this read; the maximum is then the honest answer.
            return max;
        }

        private static int BucketOf(double milliseconds) =>
            milliseconds < 1 ? 0 : Math.Min(BucketCount - 1, 1 + (int)(Math.Log(milliseconds) / LogGrowth));

        private static double UpperEdgeMilliseconds(int bucket) => Math.Pow(BucketGrowth, bucket);

        private void RaiseMax(long ticks)
        {
            var current = Interlocked.Read(ref _maxTicks);
            while (ticks > current)
            {
                var seen = Interlocked.CompareExchange(ref _maxTicks, ticks, current);
                if (seen == current) return;
                current = seen;
            }
        }
    }
}
