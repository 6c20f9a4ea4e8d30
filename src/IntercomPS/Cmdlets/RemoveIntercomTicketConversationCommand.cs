using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Unlinks conversations (or customer tickets) from a tracker ticket; both stay as they are otherwise.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomTicketConversation", HelpUri = HelpUris.Cmdlets + "Remove-IntercomTicketConversation.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Conversation))]
    public sealed class RemoveIntercomTicketConversationCommand : ObjectChangeCmdlet<Conversation>
    {
        /// <summary>The tracker ticket to unlink from.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string TicketId { get; set; } = string.Empty;

        /// <summary>The linked conversation (or customer ticket); binds from piped conversations.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ConversationId { get; set; } = string.Empty;

        /// <summary>Writes each unlinked conversation as Intercom answered.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        internal override ResourceDescriptor Resource => IntercomResources.Tickets;

        internal override ApiOperation Operation => IntercomResources.Tickets.Action("unlink_conversation");

        protected override string Action => $"Unlink conversation {ConversationId}";

        protected override IReadOnlyDictionary<string, string> TargetValues =>
            PathValues.Of(IntercomResources.Tickets.IdParameter, TicketId, "id", ConversationId);
    }
}
