using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Links conversations (or customer tickets) to a tracker ticket, so that one fix can be followed from every
    /// conversation it concerns. Piped conversations bind by their id.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "IntercomTicketConversation", HelpUri = HelpUris.Cmdlets + "Add-IntercomTicketConversation.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Conversation))]
    public sealed class AddIntercomTicketConversationCommand : ObjectChangeCmdlet<Conversation>
    {
        /// <summary>The tracker ticket to link to.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string TicketId { get; set; } = string.Empty;

        /// <summary>The conversation (or customer ticket) to link; binds from piped conversations.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ConversationId { get; set; } = string.Empty;

        /// <summary>Writes each linked conversation as Intercom answered.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        internal override ResourceDescriptor Resource => IntercomResources.Tickets;

        internal override ApiOperation Operation => IntercomResources.Tickets.Action("link_conversation");

        protected override string Action => $"Link conversation {ConversationId}";

        protected override IReadOnlyDictionary<string, string> TargetValues => PathValues.Of(IntercomResources.Tickets.IdParameter, TicketId);
    }
}
