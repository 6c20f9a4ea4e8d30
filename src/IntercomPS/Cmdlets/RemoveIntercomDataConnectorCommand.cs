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

        internal override ResourceDescriptor Resource => IntercomResources.DataConnectors;

        internal override ApiOperation Operation => IntercomResources.DataConnectors.Delete!;

        protected override string AddressedId => DataConnectorId;
    }
}
