using System;
using IntercomPS.Engine.Ranges;

namespace IntercomPS.Engine.Paging
{
    /// <summary>
    /// A snapshot of a read: a plain list (items so far, out of the total the first page announced when it did) or a
    /// range read (windows done out of planned). An export reports the records it has written as the items.
    /// </summary>
    public sealed class ReadProgress
    {
        public ReadProgress(long items, int? itemsExpected, TimeSpan elapsed, int windowsDone = 0, int windowsTotal = 0, int windowsFailed = 0, DateWindow? currentWindow = null)
        {
            Items = items;
            ItemsExpected = itemsExpected;
            Elapsed = elapsed;
            WindowsDone = windowsDone;
            WindowsTotal = windowsTotal;
            WindowsFailed = windowsFailed;
            CurrentWindow = currentWindow;
        }

        /// <summary>Items handed over so far (records written, for an export).</summary>
        public long Items { get; }

        /// <summary>The total the list announced (total_count), when it did; null for range reads and lists that do not say.</summary>
        public int? ItemsExpected { get; }

        public TimeSpan Elapsed { get; }

        public double ItemsPerSecond => Elapsed > TimeSpan.Zero ? Items / Elapsed.TotalSeconds : 0;

        /// <summary>Windows fully handed over, failed ones included (for an export, those committed before a resume too).</summary>
        public int WindowsDone { get; }

        /// <summary>Windows of the read; 0 for a plain list.</summary>
        public int WindowsTotal { get; }

        public int WindowsFailed { get; }

        /// <summary>The window being handed over, or null between windows and for a plain list.</summary>
        public DateWindow? CurrentWindow { get; }

        /// <summary>
        /// 0..100 for a progress bar: the share of windows done, or of the announced total for a plain list; -1 when
        /// a plain list does not say how long it is.
        /// </summary>
        public int PercentComplete =>
            WindowsTotal > 0 ? (int)Math.Min(100, 100L * WindowsDone / WindowsTotal)
            : ItemsExpected is int expected ? (expected <= 0 ? 100 : (int)Math.Min(100, 100L * Items / expected))
            : -1;
    }
}
