namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes data connectors. ConfirmImpact High: Fin and the workflows that use a deleted connector can no longer call it.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomDataConnector", HelpUri = HelpUris.Cmdlets + "Remove-IntercomDataConnector.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    // -DataConnectorId: Bound from piped objects by DataConnectorId only (not Id), so piping another kind of object deletes nothing.
    [IdParameter(Name = "DataConnectorId", ValueFromPipeline = false)]
    public sealed partial class RemoveIntercomDataConnectorCommand : ObjectChangeCmdlet<DataConnector>
    {
        internal override ResourceDescriptor Resource => IntercomResources.DataConnectors;
    }
}
