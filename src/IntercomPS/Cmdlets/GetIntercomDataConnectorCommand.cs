namespace IntercomPS.Cmdlets
{
    /// <summary>Gets data connectors: all of them (in short, page by page) or, by id, whole.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomDataConnector", HelpUri = HelpUris.Cmdlets + "Get-IntercomDataConnector.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(DataConnector))]
    [IdParameter("DataConnectorId")]
    public sealed partial class GetIntercomDataConnectorCommand : GetObjectCmdlet<DataConnector>
    {
        internal override ResourceDescriptor<DataConnector> Resource => IntercomResources.DataConnectors;
    }
}
