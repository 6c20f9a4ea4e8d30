using System;
using System.Collections.Generic;
using System.Linq;

namespace IntercomPS.Bench
{
    /// <summary>What the memory run measured, and what it means.</summary>
    internal sealed class MemoryReport
    {
        public MemoryReport(long count, long idleWorkingSet, long idleManaged, long peakWorkingSet, IReadOnlyList<(long Items, long Managed, long WorkingSet)> samples)
        {
            Count = count;
            IdleWorkingSet = idleWorkingSet;
            IdleManaged = idleManaged;
            PeakWorkingSet = peakWorkingSet;
            Samples = samples;
        }

        public long Count { get; }
        public long IdleWorkingSet { get; }
        public long IdleManaged { get; }
        public long PeakWorkingSet { get; }
        public IReadOnlyList<(long Items, long Managed, long WorkingSet)> Samples { get; }

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

    /// <summary>A run whose figures cannot be trusted (wrong count, errors, a peer that failed).</summary>
    internal sealed class BenchmarkFailure : Exception
    {
        public BenchmarkFailure(string message) : base(message) { }
    }
}
