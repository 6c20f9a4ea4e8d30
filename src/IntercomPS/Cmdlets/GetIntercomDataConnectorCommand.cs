namespace IntercomPS.Cmdlets
{
    /// <summary>Gets data connectors: all of them (in short, page by page) or, by id, whole.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomDataConnector", HelpUri = HelpUris.Cmdlets + "Get-IntercomDataConnector.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(DataConnector))]
    public sealed class GetIntercomDataConnectorCommand : GetObjectCmdlet<DataConnector>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("DataConnectorId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<DataConnector> Resource => IntercomResources.DataConnectors;
    }
}
