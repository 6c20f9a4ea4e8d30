namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Searches conversations with Intercom's query DSL (a hashtable or JSON), validated before any request; combines
    /// with -Since/-Until/-ChunkDays (each window's query is the query AND the window's range).
    /// </summary>
    [OutputType(typeof(Conversation), typeof(string))]
    [SearchQueryParameters]
    public sealed partial class SearchIntercomConversationCommand : ConversationRangeCmdlet
    {
        protected override void EndProcessing() => SearchOrShowQuery(ShowQuery.IsPresent, "-Filter, -Query", "conversations", Decorate);

        internal override SearchRequest BuildRequest() => QueryRequest(IntercomResources.Conversations.SearchFields!, Query, Filter);
    }
}
