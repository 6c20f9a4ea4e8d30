namespace IntercomPS.Cmdlets
{
    /// <summary>Unlinks conversations (or customer tickets) from a tracker ticket; both stay as they are otherwise.</summary>
    [CmdletOptions(ConfirmImpact.Medium)]
    public sealed partial class RemoveIntercomTicketConversationCommand : TicketConversationLinkCmdlet
    {
        internal override ApiOperation Operation => IntercomResources.Tickets.Action("unlink_conversation");

        protected override string Action => $"Unlink conversation {ConversationId}";

        protected override IReadOnlyDictionary<string, string> TargetValues =>
            PathValues.Of(IntercomResources.Tickets.IdParameter, TicketId, "id", ConversationId);
    }
}
