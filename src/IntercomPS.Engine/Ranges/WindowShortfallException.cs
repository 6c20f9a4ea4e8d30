namespace IntercomPS.Engine.Ranges
{
    /// <summary>
    /// A window's cursor ended before it had handed over as many items as the API announced for it (the first page's
    /// <c>total_count</c>). The window is reported as failed, not merely warned about: an export that trusted it would
    /// call itself complete while missing data, whereas a failed window is read again by the next run.
    /// </summary>
    public sealed class WindowShortfallException(long announced, long received)
        : Exception($"The API announced {announced} items (total_count) but its pages held only {received}; {announced - received} were not delivered, so the window is not complete.")
    {
        /// <summary>The first page's <c>total_count</c>.</summary>
        public long Announced { get; } = announced;

        /// <summary>Items the window's pages held (before any client-side filter or de-duplication).</summary>
        public long Received { get; } = received;
    }
}
