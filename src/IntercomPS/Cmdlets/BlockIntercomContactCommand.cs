using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Blocks contacts (spam, abuse): they can no longer message the workspace, and Intercom archives their
    /// conversations. The API has no unblock, so ConfirmImpact is High: it asks unless -Force.
    /// </summary>
    [Cmdlet(VerbsSecurity.Block, "IntercomContact", HelpUri = HelpUris.Cmdlets + "Block-IntercomContact.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ContactBlocked))]
    public sealed class BlockIntercomContactCommand : ObjectChangeCmdlet<ContactBlocked>
    {
        /// <summary>The contacts' ids; bound from piped contacts (ContactId) and strings.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ContactId { get; set; } = new string[0];

        /// <summary>Writes Intercom's answer for each blocked contact (its id, external id and Blocked).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        internal override ResourceDescriptor Resource => IntercomResources.Contacts;

        internal override ApiOperation Operation => IntercomResources.Contacts.Action("block");

        protected override string Action => "Block the contact and archive its conversations (the API cannot unblock)";

        protected override IEnumerable<IReadOnlyDictionary<string, string>> Targets => ContactId.Select(id => PathValues.Of("contact_id", id));
    }
}
