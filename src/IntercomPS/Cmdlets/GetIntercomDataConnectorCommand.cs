namespace IntercomPS.Cmdlets
{
    /// <summary>Gets data connectors: all of them (in short, page by page) or, by id, whole.</summary>
    [IdParameter("DataConnectorId")]
    public sealed partial class GetIntercomDataConnectorCommand : GetObjectCmdlet<DataConnector>
    {
        internal override ResourceDescriptor<DataConnector> Resource => IntercomResources.DataConnectors;
    }
}
