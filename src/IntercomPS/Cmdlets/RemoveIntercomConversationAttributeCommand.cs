using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Archives conversation attributes (Intercom's delete): they leave the Inbox, and conversations keep their values.
    /// ConfirmImpact High.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomConversationAttribute", HelpUri = HelpUris.Cmdlets + "Remove-IntercomConversationAttribute.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ConversationAttribute))]
    public sealed class RemoveIntercomConversationAttributeCommand : ObjectChangeCmdlet<ConversationAttribute>
    {
        /// <summary>Bound from piped objects by ConversationAttributeId only (not Id), so piping another kind of object archives nothing.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ConversationAttributeId { get; set; } = string.Empty;

        /// <summary>Writes the archived attribute.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        internal override ResourceDescriptor Resource => IntercomResources.ConversationAttributes;

        internal override ApiOperation Operation => IntercomResources.ConversationAttributes.Delete!;

        protected override string Action => "Archive conversation attribute";

        protected override IReadOnlyDictionary<string, string> TargetValues => PathValues.Of(IntercomResources.ConversationAttributes.IdParameter, ConversationAttributeId);
    }
}
