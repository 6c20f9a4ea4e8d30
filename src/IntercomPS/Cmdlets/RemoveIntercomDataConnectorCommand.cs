namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes data connectors. ConfirmImpact High: Fin and the workflows that use a deleted connector can no longer call it.</summary>
    [OutputType(typeof(void))]
    // -DataConnectorId: Bound from piped objects by DataConnectorId only (not Id), so piping another kind of object deletes nothing.
    [IdParameter(Name = "DataConnectorId", ValueFromPipeline = false)]
    public sealed partial class RemoveIntercomDataConnectorCommand : ObjectChangeCmdlet<DataConnector>
    {
        internal override ResourceDescriptor Resource => IntercomResources.DataConnectors;
    }
}
