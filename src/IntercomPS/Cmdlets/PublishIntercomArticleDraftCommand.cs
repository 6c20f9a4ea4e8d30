namespace IntercomPS.Cmdlets
{
    /// <summary>Publishes the staged drafts of articles: customers see the changes at once.</summary>
    // -ArticleId: Bound from piped objects by ArticleId only (not Id), so piping another kind of object publishes nothing.
    [IdParameter(Name = "ArticleId", ValueFromPipeline = false)]
    public sealed partial class PublishIntercomArticleDraftCommand : SetObjectCmdlet<Article>
    {
        /// <summary>The locales whose drafts are published (a multilingual workspace must name them).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Locales { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Articles;

        internal override ApiOperation Operation => IntercomResources.Articles.Action("publish_draft");

        protected override string Action => "Publish draft of article";
    }
}
