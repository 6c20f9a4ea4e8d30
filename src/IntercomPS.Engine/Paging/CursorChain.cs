namespace IntercomPS.Engine.Paging
{
    /// <summary>
    /// The cursors one chain has followed. Every cursor seen is kept, not just the last, so a loop through several
    /// pages (A, B, A...) is caught as well as a page pointing at itself. Chains are a few thousand pages at most.
    /// </summary>
    internal sealed class CursorChain
    {
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private readonly string? _source;

        public CursorChain(string? source = null) => _source = source;

        public int PagesRead { get; private set; }

        /// <summary>
        /// Records a received page and the cursor it points to. A repeated cursor gives the error to raise, returned
        /// rather than thrown so the caller can first deliver the page that carried it (its items are new).
        /// </summary>
        public CursorLoopException? Advance(string nextCursor)
        {
            PagesRead++;
            return _seen.Add(nextCursor) ? null : new CursorLoopException(nextCursor, PagesRead, _source);
        }
    }
}
