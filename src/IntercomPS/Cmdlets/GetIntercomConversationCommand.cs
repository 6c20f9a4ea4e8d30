using IntercomPS.Engine.Search;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Gets conversations: by id, every conversation created in [Since, Until) (chunked, de-duplicated), or every
    /// conversation of the workspace. Streams page by page.
    /// </summary>
    [CmdletOptions(DefaultParameterSetName = AllSet)]
    public sealed partial class GetIntercomConversationCommand : ConversationRangeCmdlet
    {
        private const string AllSet = "All";
        private const string IdSet = "Id";

        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ConversationId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Only conversations in this state (searches instead of listing).</summary>
        [Parameter(ParameterSetName = AllSet)]
        [Parameter(ParameterSetName = RangeSet)]
        [ValidateSet("open", "closed", "snoozed")]
        public string? State { get; set; }

        /// <summary>Asks Intercom even when the session cache holds the conversation (the answer still refreshes the cache).</summary>
        [Parameter(ParameterSetName = IdSet)]
        public SwitchParameter NoCache { get; set; }
        protected override void ProcessRecord()
        {
            if (ParameterSetName != IdSet) return;
            // Here rather than in BeginProcessing: ids piped in choose the Id set only once the first record binds.
            RefusePaging(nameof(Id));
            var conversations = ActiveConnection.Conversations;
            foreach (var id in Id) WriteLookup(id, token => GetExpandedAsync(t => conversations.GetAsync(id, t, NoCache.IsPresent), token));
        }

        // -ThrottleLimit counts windows for a range (default RangeSearchCmdlet.DefaultWindowThrottleLimit) and lookups for ids (default 5 when not given).
        protected override int LookupThrottleLimit => MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit)) ? ThrottleLimit : 5;

        protected override void EndProcessing()
        {
            CompleteLookups();
            if (ParameterSetName == IdSet) return;
            var request = BuildRequest();
            if (request == null)
            {
                ListAll();
                return;
            }
            RunSearch(request, Decorate);
        }

        internal override SearchRequest? BuildRequest()
        {
            if (ParameterSetName == AllSet && State == null) return null;
            return NewRequest(State == null ? null : new SearchQuery(new SearchFilter("state", SearchOperators.Equal, State)));
        }

        private void ListAll() => WriteListing<Conversation>(PageSize, ActiveConnection.Conversations.ListAsync, Decorate);
    }
}
