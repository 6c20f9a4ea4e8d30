using IntercomPS.Engine.Ranges;

namespace IntercomPS.Engine.Paging
{
    /// <summary>
    /// A snapshot of a read: a plain list (items so far, out of the total the first page announced when it did) or a
    /// range read (windows done out of planned). An export reports the records it has written as the items.
    /// </summary>
    /// <param name="Items">Items handed over so far (records written, for an export).</param>
    /// <param name="ItemsExpected">The total the list announced (total_count), when it did; null for range reads and lists that do not say.</param>
    /// <param name="WindowsDone">Windows fully handed over, failed ones included (for an export, those committed before a resume too).</param>
    /// <param name="WindowsTotal">Windows of the read; 0 for a plain list.</param>
    /// <param name="CurrentWindow">The window being handed over, or null between windows and for a plain list.</param>
    public sealed record ReadProgress(long Items, int? ItemsExpected, TimeSpan Elapsed, int WindowsDone = 0, int WindowsTotal = 0,
        int WindowsFailed = 0, DateWindow? CurrentWindow = null)
    {
        public double ItemsPerSecond => Elapsed > TimeSpan.Zero ? Items / Elapsed.TotalSeconds : 0;

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
