namespace IntercomPS.Engine.Ranges
{
    /// <summary>What a chunked read did. <see cref="FailedWindows"/> lists the ranges to read again.</summary>
    public sealed class RangeReadResult(long itemsEmitted, long duplicatesDropped, long outOfWindowDropped, int windowsTotal,
        int windowsRead, IReadOnlyList<WindowFailure> failedWindows, long requests, long pagesFetched, TimeSpan elapsed, bool limitReached)
    {
        public long ItemsEmitted { get; } = itemsEmitted;

        /// <summary>Items dropped because their id had already been emitted (pages shifting under a cursor, or an item moving between windows while it was being read).</summary>
        public long DuplicatesDropped { get; } = duplicatesDropped;

        /// <summary>Items the widened server query returned outside their window's exact [Start, End), or without a date.</summary>
        public long OutOfWindowDropped { get; } = outOfWindowDropped;

        public int WindowsTotal { get; } = windowsTotal;

        /// <summary>Windows read to their end and emitted. Less than the total when the limit was reached or windows failed.</summary>
        public int WindowsRead { get; } = windowsRead;

        public IReadOnlyList<WindowFailure> FailedWindows { get; } = failedWindows;

        /// <summary>Page requests started, failed ones included (each may have been retried inside the transport).</summary>
        public long Requests { get; } = requests;

        public long PagesFetched { get; } = pagesFetched;

        public TimeSpan Elapsed { get; } = elapsed;

        public bool LimitReached { get; } = limitReached;

        public bool Complete => FailedWindows.Count == 0 && !LimitReached && WindowsRead == WindowsTotal;
    }

    /// <summary>A window that could not be read to its end.</summary>
    public sealed class WindowFailure(DateWindow window, Exception error, long itemsEmitted)
    {
        public DateWindow Window { get; } = window;

        public Exception Error { get; } = error;

        /// <summary>
        /// Items of this window emitted before it failed. They stay emitted; reading the window again returns them
        /// again, so merge a re-run by id.
        /// </summary>
        public long ItemsEmitted { get; } = itemsEmitted;

        public override string ToString() => $"{Window}: {Error.Message}";
    }
}
