namespace IntercomPS.Cmdlets
{
    /// <summary>Gets tickets by id (Search-IntercomTicket finds them by their fields or a date range).</summary>
    [CmdletOptions(DefaultParameterSetName = IdSet, SupportsPaging = false)]
    // -Id: The ticket's id as the API gives it (not the number the Inbox shows, which is TicketNumber).
    [IdParameter("TicketId")]
    public sealed partial class GetIntercomTicketCommand : GetObjectCmdlet<Ticket>
    {
        internal override ResourceDescriptor<Ticket> Resource => IntercomResources.Tickets;
    }
}
