namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Searches tickets with a -Filter script block or Intercom's query DSL (-Query), validated against the ticket
    /// search's declared fields before any request; with -Since/-Until/-ChunkDays, reads a date range window by
    /// window in parallel, de-duplicated, as Search-IntercomConversation does.
    /// </summary>
    [OutputType(typeof(Ticket), typeof(string))]
    [SearchQueryParameters]
    public sealed partial class SearchIntercomTicketCommand : ResourceSearchCmdlet<Ticket>
    {
        /// <summary>The date field -Since/-Until apply to: created_at (default) or updated_at.</summary>
        [Parameter]
        [ValidateRangeField("Ticket")]
        [ArgumentCompleter(typeof(TicketRangeFieldCompleter))]
        public string DateField { get; set; } = "created_at";
        protected override string[] RangeOnlyParameters => new[] { nameof(Until), nameof(ChunkDays), nameof(DateField) };

        internal override SearchableResource<Ticket> Searched => ActiveConnection.Tickets;

        protected override void EndProcessing() => SearchOrShowQuery(ShowQuery.IsPresent, "-Filter, -Query", "tickets");

        internal override SearchRequest BuildRequest()
        {
            var request = QueryRequest(IntercomResources.Tickets.SearchFields!, Query, Filter);
            request.DateField = DateField;
            return request;
        }
    }
}
