namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the content import sources (websites the AI agent's external pages come from), all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContentImportSource", HelpUri = HelpUris.Cmdlets + "Get-IntercomContentImportSource.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ContentImportSource))]
    public sealed class GetIntercomContentImportSourceCommand : GetObjectCmdlet<ContentImportSource>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ContentImportSourceId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<ContentImportSource> Resource => IntercomResources.ContentImportSources;
    }
}
