using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes data connectors. ConfirmImpact High: Fin and the workflows that use a deleted connector can no longer call it.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomDataConnector", HelpUri = HelpUris.Cmdlets + "Remove-IntercomDataConnector.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomDataConnectorCommand : ObjectChangeCmdlet<DataConnector>
    {
        /// <summary>Bound from piped objects by DataConnectorId only (not Id), so piping another kind of object deletes nothing.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string DataConnectorId { get; set; } = string.Empty;

        protected override bool WritesResults => false;

        internal override ResourceDescriptor Resource => IntercomResources.DataConnectors;

        internal override ApiOperation Operation => IntercomResources.DataConnectors.Delete!;

        protected override string Action => "Delete data connector";

        protected override IReadOnlyDictionary<string, string> TargetValues => PathValues.Of(IntercomResources.DataConnectors.IdParameter, DataConnectorId);
    }
}
