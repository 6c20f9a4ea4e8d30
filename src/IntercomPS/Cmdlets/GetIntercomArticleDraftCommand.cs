namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the unpublished changes staged on published articles (the draft customers do not see yet).</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomArticleDraft", HelpUri = HelpUris.Cmdlets + "Get-IntercomArticleDraft.md", DefaultParameterSetName = IdSet)]
    [OutputType(typeof(Article))]
    public sealed class GetIntercomArticleDraftCommand : GetObjectCmdlet<Article>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ArticleId { get; set; } = new string[0];

        protected override string[] Ids => ArticleId;

        internal override ResourceDescriptor<Article> Resource => IntercomResources.Articles;

        internal override ApiOperation GetOperation => IntercomResources.Articles.Action("draft");
    }
}
