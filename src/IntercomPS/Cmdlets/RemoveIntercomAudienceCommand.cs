using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes audiences. ConfirmImpact High: a deleted audience cannot be brought back, and content targeted with it loses its target.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomAudience", HelpUri = HelpUris.Cmdlets + "Remove-IntercomAudience.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomAudienceCommand : ObjectChangeCmdlet<Audience>
    {
        /// <summary>Bound from piped objects by AudienceId only (not Id), so piping another kind of object deletes nothing.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string AudienceId { get; set; } = string.Empty;

        protected override bool WritesResults => false;

        internal override ResourceDescriptor Resource => IntercomResources.Audiences;

        internal override ApiOperation Operation => IntercomResources.Audiences.Delete!;

        protected override string Action => "Delete audience";

        protected override IReadOnlyDictionary<string, string> TargetValues => PathValues.Of(IntercomResources.Audiences.IdParameter, AudienceId);
    }
}
