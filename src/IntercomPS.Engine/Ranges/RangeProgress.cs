using System;

namespace IntercomPS.Engine.Ranges
{
    /// <summary>A snapshot of a chunked read, reported after every emitted page and every finished window.</summary>
    public sealed class RangeProgress
    {
        public RangeProgress(int windowsDone, int windowsTotal, long itemsEmitted, TimeSpan elapsed, DateWindow? currentWindow, int windowsFailed)
        {
            WindowsDone = windowsDone;
            WindowsTotal = windowsTotal;
            ItemsEmitted = itemsEmitted;
            Elapsed = elapsed;
            CurrentWindow = currentWindow;
            WindowsFailed = windowsFailed;
        }

        /// <summary>Windows fully emitted, failed ones included.</summary>
        public int WindowsDone { get; }

        public int WindowsTotal { get; }

        public int WindowsFailed { get; }

        public long ItemsEmitted { get; }

        public TimeSpan Elapsed { get; }

        public double ItemsPerSecond => Elapsed > TimeSpan.Zero ? ItemsEmitted / Elapsed.TotalSeconds : 0;

        /// <summary>The window being emitted, or null between windows.</summary>
        public DateWindow? CurrentWindow { get; }

        /// <summary>Share of windows done, 0..100, for a progress bar.</summary>
        public int PercentComplete => WindowsTotal == 0 ? 100 : (int)(100L * WindowsDone / WindowsTotal);
    }
}
