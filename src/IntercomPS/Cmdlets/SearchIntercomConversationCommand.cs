using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Search;

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
        protected override void EndProcessing()
        {
            var request = BuildRequest();
            if (RefuseEmptyOrShowQuery(request, ShowQuery.IsPresent, "-Filter, -Query", "conversations", ActiveConnection.Conversations.DescribeQuery)) return;
            RunSearch(request, Decorate);
        }

        internal override SearchRequest BuildRequest() => QueryRequest(IntercomResources.Conversations.SearchFields!, Query, Filter);

        internal override Task<RangeReadResult?> SearchAsync(SearchRequest request, IPageObserver<Conversation> observer, CancellationToken cancellationToken) =>
            ActiveConnection.Conversations.SearchAsync(request, observer, cancellationToken);
    }
}
