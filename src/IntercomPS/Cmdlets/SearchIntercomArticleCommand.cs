namespace IntercomPS.Cmdlets
{
    /// <summary>Finds the help center articles that contain a phrase, published or draft, in one help center or all.</summary>
    public sealed partial class SearchIntercomArticleCommand : ListObjectCmdlet<Article>
    {
        /// <summary>The phrase to find in the articles' titles and bodies.</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? Phrase { get; set; }

        /// <summary>Which articles: published, draft, or all (Intercom's default is published).</summary>
        [Parameter]
        [ValidateSet("published", "draft", "all")]
        public string? State { get; set; }

        /// <summary>The help center to search in; binds from piped help centers.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? HelpCenterId { get; set; }

        internal override ResourceDescriptor<Article> Resource => IntercomResources.Articles;

        internal override ApiOperation ListOperation => IntercomResources.Articles.Action("search");

        /// <summary>Read per record, so that each piped help center is searched.</summary>
        protected override bool ListsPerRecord => true;

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery => QueryPairs.Of(
            ("phrase", Phrase), ("state", State), ("help_center_id", HelpCenterId));
    }
}
