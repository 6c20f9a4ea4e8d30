namespace IntercomPS.Engine.Resources.Declarations
{
    /// <summary>How a list operation hands out its pages.</summary>
    public enum PagingKind
    {
        /// <summary>Not a list: the answer is one object.</summary>
        None,

        /// <summary>The whole list in one answer (admins, teams, tags, ticket types...).</summary>
        WholeList,

        /// <summary><c>per_page</c> and <c>starting_after</c> in the query; the next cursor is <c>pages.next.starting_after</c>.</summary>
        Cursor,

        /// <summary>A search POST: <c>pagination.per_page</c> and <c>pagination.starting_after</c> in the body.</summary>
        SearchCursor,

        /// <summary><c>page</c> and <c>per_page</c> in the query; <c>pages.total_pages</c> (or <c>pages.next</c>) says whether more follow.</summary>
        PageNumber,

        /// <summary><c>scroll_param</c> passed back until a page comes back empty (GET /companies/scroll).</summary>
        Scroll,

        /// <summary>
        /// <c>cursor</c> and <c>per_page</c> in the query; the next cursor is the answer's top-level <c>next_cursor</c>
        /// (GET /contacts/{id}/merge_history).
        /// </summary>
        QueryCursor,

        /// <summary>
        /// The next page's address in <c>pages.next</c> (GET /events): its query is sent again on the operation's own
        /// path, so a next link can never take the request (and its token) to another host or route.
        /// </summary>
        NextLink,
    }
}
