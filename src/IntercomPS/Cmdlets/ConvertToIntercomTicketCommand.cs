using System.Collections;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Converts conversations into tickets of a ticket type; writes each ticket. Piped conversations bind by their
    /// Id (or ConversationId).
    /// </summary>
    [IdParameter("Id", Name = "ConversationId")]
    public sealed partial class ConvertToIntercomTicketCommand : ObjectChangeCmdlet<Ticket>
    {
        /// <summary>The ticket type of the new ticket.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string TicketTypeId { get; set; } = string.Empty;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? TicketStateId { get; set; }

        /// <summary>Ticket attributes by name: @{ _default_title_ = 'Refund'; priority = 'High' }.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Attribute { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Conversations;

        internal override ApiOperation Operation => IntercomResources.Conversations.Action("convert");

        protected override string Action => "Convert to a ticket of type " + TicketTypeId;
    }
}
