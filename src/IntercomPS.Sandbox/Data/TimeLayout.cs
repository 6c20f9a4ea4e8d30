namespace IntercomPS.Sandbox.Data
{
    /// <summary>
    /// created_at of generated item i: spread evenly over [start, end), non-decreasing in i so a time range is an index
    /// range found by binary search. Two deliberate irregularities, both monotonicity-preserving: the first
    /// <see cref="MidnightRun"/> items of every UTC day sit exactly on midnight (the chunk-boundary case), and some
    /// blocks of <see cref="BurstBlock"/> consecutive items share one timestamp (bursts). Any block may be a burst
    /// without breaking monotonicity: its items take the first item's time, which is between its neighbours'.
    /// </summary>
    internal sealed class TimeLayout
    {
        public const int MidnightRun = 3;
        public const int BurstBlock = 6;
        private const double BurstProbability = 0.05;
        private const long Day = 86400;

        private readonly int _seed;
        private readonly Stream _stream;
        private readonly long _start;
        private readonly long _span;
        private readonly long _count;

        public TimeLayout(int seed, Stream stream, long start, long endExclusive, long count)
        {
            _seed = seed;
            _stream = stream;
            _start = start;
            _span = Math.Max(1, endExclusive - start);
            _count = Math.Max(1, count);
            Count = count;
        }

        public long Count { get; }

        public long At(long index)
        {
            var block = index / BurstBlock;
            if (DeterministicRandom.Hash(_seed, _stream, block) % 1000 >= BurstProbability * 1000) return Snapped(index);
            // A burst never swallows the midnight run: only blocks inside one day, not starting on its midnight.
            var first = block * BurstBlock;
            var last = Math.Min(first + BurstBlock, Count) - 1;
            var firstTime = Snapped(first);
            var inOneDay = FloorDay(Base(first)) == FloorDay(Base(last));
            return inOneDay && firstTime != FloorDay(firstTime) ? firstTime : Snapped(index);
        }

        /// <summary>Smallest index whose time is at or after <paramref name="time"/>; <see cref="Count"/> when none.</summary>
        public long FirstAtOrAfter(long time)
        {
            long lo = 0, hi = Count;
            while (lo < hi)
            {
                var mid = lo + (hi - lo) / 2;
                if (At(mid) < time) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        private long Base(long index) => _start + index * _span / _count;

        private long Snapped(long index)
        {
            var time = Base(index);
            var midnight = FloorDay(time);
            if (midnight >= _start && (index < MidnightRun || Base(index - MidnightRun) < midnight)) return midnight;
            return time;
        }

        public static long FloorDay(long time)
        {
            var rem = time % Day;
            if (rem < 0) rem += Day;
            return time - rem;
        }
    }
}
