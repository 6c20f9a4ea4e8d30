namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of Add-IntercomTicketConversation and Remove-IntercomTicketConversation: one tracker ticket, the
    /// conversations (or customer tickets) piped in, one link or unlink each.
    /// </summary>
    // -TicketId: The tracker ticket.
    [IdParameter(Name = "TicketId", ValueFromPipeline = false, ValueFromPipelineByPropertyName = false)]
    public abstract partial class TicketConversationLinkCmdlet : SetObjectCmdlet<Conversation>
    {
        /// <summary>The conversation (or customer ticket); binds from piped conversations.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ConversationId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.Tickets;
    }
}
