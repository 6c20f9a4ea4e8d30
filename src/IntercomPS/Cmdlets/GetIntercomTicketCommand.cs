namespace IntercomPS.Cmdlets
{
    /// <summary>Gets tickets by id (Search-IntercomTicket finds them by their fields or a date range).</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTicket", HelpUri = HelpUris.Cmdlets + "Get-IntercomTicket.md", DefaultParameterSetName = IdSet)]
    [OutputType(typeof(Ticket))]
    public sealed class GetIntercomTicketCommand : GetObjectCmdlet<Ticket>
    {
        /// <summary>The ticket's id as the API gives it (not the number the Inbox shows, which is TicketNumber).</summary>
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TicketId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<Ticket> Resource => IntercomResources.Tickets;
    }
}
