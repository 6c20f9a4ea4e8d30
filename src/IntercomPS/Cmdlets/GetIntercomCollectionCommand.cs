namespace IntercomPS.Cmdlets
{
    /// <summary>Gets collections, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomCollection", HelpUri = HelpUris.Cmdlets + "Get-IntercomCollection.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Collection))]
    public sealed class GetIntercomCollectionCommand : GetObjectCmdlet<Collection>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("CollectionId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<Collection> Resource => IntercomResources.Collections;
    }
}
