namespace IntercomPS.Engine.Ranges
{
    /// <summary>
    /// Splits [since, until) into consecutive windows that a chunked read fetches independently (and in parallel).
    /// Windows are aligned to <c>since</c>, not to midnights: with -ChunkDays 1 and since = 09:30, every window runs
    /// 09:30 to 09:30. Days are 24-hour UTC days, so every window but the last is exactly N × 24 h long, and the last
    /// ends at <c>until</c>. Midnight alignment would buy nothing: Intercom's own day boundaries are in the workspace's
    /// timezone, which the module does not know, and the boundary policy makes any boundary exact.
    /// </summary>
    public static class DateWindowPlanner
    {
        public const int MinChunkDays = 1;
        public const int MaxChunkDays = 366;

        /// <summary>
        /// Without -ChunkDays, a range up to this long is read as one window and a longer one in 1-day windows:
        /// the rule of the export scripts this module replaces, which keeps each search's result set small.
        /// </summary>
        public static readonly TimeSpan SingleWindowMaximum = TimeSpan.FromDays(3);

        /// <param name="chunkDays">Window length in days (1..366), or null for the default rule.</param>
        /// <returns>The windows in time order; empty when since equals until.</returns>
        public static IReadOnlyList<DateWindow> Plan(DateTimeOffset since, DateTimeOffset until, int? chunkDays = null)
        {
            if (chunkDays is int days && (days < MinChunkDays || days > MaxChunkDays))
            {
                throw new ArgumentOutOfRangeException(nameof(chunkDays), days, $"ChunkDays must be between {MinChunkDays} and {MaxChunkDays}.");
            }
            if (since > until)
            {
                throw new ArgumentException($"The range starts after it ends: since {since.ToUniversalTime():u} is later than until {until.ToUniversalTime():u}.", nameof(since));
            }

            var windows = new List<DateWindow>();
            if (since == until) return windows;

            var length = WindowLength(until - since, chunkDays);
            var start = since.ToUniversalTime();
            var end = until.ToUniversalTime();
            while (start < end)
            {
                var windowEnd = end - start > length ? start + length : end;
                windows.Add(new DateWindow(start, windowEnd));
                start = windowEnd;
            }
            return windows;
        }

        private static TimeSpan WindowLength(TimeSpan range, int? chunkDays)
        {
            if (chunkDays is int days) return TimeSpan.FromDays(days);
            return range > SingleWindowMaximum ? TimeSpan.FromDays(1) : range;
        }
    }
}
