namespace IntercomPS.Engine.Ranges
{
    /// <summary>What a chunked read did. <see cref="FailedWindows"/> lists the ranges to read again.</summary>
    public sealed class RangeReadResult
    {
        public RangeReadResult(long itemsEmitted, long duplicatesDropped, long outOfWindowDropped, int windowsTotal,
            int windowsRead, IReadOnlyList<WindowFailure> failedWindows, long requests, long pagesFetched, TimeSpan elapsed, bool limitReached)
        {
            ItemsEmitted = itemsEmitted;
            DuplicatesDropped = duplicatesDropped;
            OutOfWindowDropped = outOfWindowDropped;
            WindowsTotal = windowsTotal;
            WindowsRead = windowsRead;
            FailedWindows = failedWindows;
            Requests = requests;
            PagesFetched = pagesFetched;
            Elapsed = elapsed;
            LimitReached = limitReached;
        }

        public long ItemsEmitted { get; }

        /// <summary>Items dropped because their id had already been emitted (pages shifting under a cursor, or an item moving between windows while it was being read).</summary>
        public long DuplicatesDropped { get; }

        /// <summary>Items the widened server query returned outside their window's exact [Start, End), or without a date.</summary>
        public long OutOfWindowDropped { get; }

        public int WindowsTotal { get; }

        /// <summary>Windows read to their end and emitted. Less than the total when the limit was reached or windows failed.</summary>
        public int WindowsRead { get; }

        public IReadOnlyList<WindowFailure> FailedWindows { get; }

        /// <summary>Page requests started, failed ones included (each may have been retried inside the transport).</summary>
        public long Requests { get; }

        public long PagesFetched { get; }

        public TimeSpan Elapsed { get; }

        public bool LimitReached { get; }

        public bool Complete => FailedWindows.Count == 0 && !LimitReached && WindowsRead == WindowsTotal;
    }

    /// <summary>A window that could not be read to its end.</summary>
    public sealed class WindowFailure
    {
        public WindowFailure(DateWindow window, Exception error, long itemsEmitted)
        {
            Window = window;
            Error = error;
            ItemsEmitted = itemsEmitted;
        }

        public DateWindow Window { get; }

        public Exception Error { get; }

        /// <summary>
        /// Items of this window emitted before it failed. They stay emitted; reading the window again returns them
        /// again, so merge a re-run by id.
        /// </summary>
        public long ItemsEmitted { get; }

        public override string ToString() => $"{Window}: {Error.Message}";
    }
}
