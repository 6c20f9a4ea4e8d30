namespace IntercomPS.Engine.Paging
{
    /// <summary>
    /// The API handed back a cursor it had already given in the same chain. Following it would repeat pages forever,
    /// so paging stops; what was delivered before stays delivered, and the read is incomplete.
    /// </summary>
    public sealed class CursorLoopException(string cursor, int pagesRead, string? source)
        : InvalidOperationException(Describe(cursor, pagesRead, source))
    {
        private const int CursorShownLength = 40;

        /// <summary>The repeated cursor.</summary>
        public string Cursor { get; } = cursor;

        /// <summary>Pages read in the chain before the repeat was seen.</summary>
        public int PagesRead { get; } = pagesRead;

        private static string Describe(string cursor, int pagesRead, string? source)
        {
            var shown = cursor.Length <= CursorShownLength ? cursor : cursor.Substring(0, CursorShownLength) + "...";
            var where = source == null ? string.Empty : $" for {source}";
            return $"Intercom returned the page cursor '{shown}' a second time{where} after {pagesRead} page(s); " +
                   "paging stopped instead of looping forever, so the results are incomplete. Retry the command; " +
                   "if it happens again, narrow the date range or report it to Intercom support.";
        }
    }
}
