namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Links conversations (or customer tickets) to a tracker ticket, so that one fix can be followed from every
    /// conversation it concerns. Piped conversations bind by their id.
    /// </summary>
    public sealed partial class AddIntercomTicketConversationCommand : TicketConversationLinkCmdlet
    {
        internal override ApiOperation Operation => IntercomResources.Tickets.Action("link_conversation");

        protected override string Action => $"Link conversation {ConversationId}";
    }
}
