using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Search;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Searches conversations with Intercom's query DSL (a hashtable or JSON), validated before any request; combines
    /// with -Since/-Until/-ChunkDays (each window's query is the query AND the window's range).
    /// </summary>
    [Cmdlet(VerbsCommon.Search, "IntercomConversation", HelpUri = HelpUris.Cmdlets + "Search-IntercomConversation.md", SupportsPaging = true)]
    [OutputType(typeof(Conversation), typeof(string))]
    public sealed class SearchIntercomConversationCommand : ConversationRangeCmdlet
    {
        /// <summary>Intercom's search query: a filter @{field; operator; value} or a group @{operator='AND'|'OR'; value=@(...)}; or JSON text.</summary>
        [Parameter(Position = 0)]
        [ValidateNotNull]
        public object? Query { get; set; }

        /// <summary>A Where-Object style condition on $_ translated to Intercom's query (never run per object).</summary>
        [Parameter]
        [ValidateNotNull]
        public ScriptBlock? Filter { get; set; }

        /// <summary>Returns the JSON query that would be sent (for the first window) instead of sending it.</summary>
        [Parameter]
        public SwitchParameter ShowQuery { get; set; }

        protected override string Activity => "Search-IntercomConversation";

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
