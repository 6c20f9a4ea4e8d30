namespace IntercomPS.Cmdlets
{
    /// <summary>Gets content snippets, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContentSnippet", HelpUri = HelpUris.Cmdlets + "Get-IntercomContentSnippet.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ContentSnippet))]
    public sealed class GetIntercomContentSnippetCommand : GetObjectCmdlet<ContentSnippet>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ContentSnippetId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<ContentSnippet> Resource => IntercomResources.ContentSnippets;
    }
}
