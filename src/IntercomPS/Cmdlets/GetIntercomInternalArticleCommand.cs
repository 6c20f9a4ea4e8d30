namespace IntercomPS.Cmdlets
{
    /// <summary>Gets internal articles, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomInternalArticle", HelpUri = HelpUris.Cmdlets + "Get-IntercomInternalArticle.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(InternalArticle))]
    public sealed class GetIntercomInternalArticleCommand : GetObjectCmdlet<InternalArticle>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("InternalArticleId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<InternalArticle> Resource => IntercomResources.InternalArticles;
    }
}
