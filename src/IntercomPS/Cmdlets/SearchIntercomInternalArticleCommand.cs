namespace IntercomPS.Cmdlets
{
    /// <summary>Finds the internal articles (the knowledge only teammates see) of a folder, or of the whole workspace.</summary>
    public sealed partial class SearchIntercomInternalArticleCommand : ListObjectCmdlet<InternalArticle>
    {
        /// <summary>The folder to search in; binds from piped objects that name one.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? FolderId { get; set; }

        internal override ResourceDescriptor<InternalArticle> Resource => IntercomResources.InternalArticles;

        internal override ApiOperation ListOperation => IntercomResources.InternalArticles.Action("search");

        /// <summary>Read per record, so that each piped folder is searched.</summary>
        protected override bool ListsPerRecord => true;

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery => QueryPairs.Of(("folder_id", FolderId));
    }
}
