namespace IntercomPS.Cmdlets
{
    /// <summary>Gets articles, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomArticle", HelpUri = HelpUris.Cmdlets + "Get-IntercomArticle.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Article))]
    public sealed class GetIntercomArticleCommand : GetObjectCmdlet<Article>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ArticleId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<Article> Resource => IntercomResources.Articles;
    }
}
