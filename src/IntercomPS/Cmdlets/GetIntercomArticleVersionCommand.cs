namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the saved versions of articles (newest first), or one version with its content.</summary>
    // -VersionId: Bound by VersionId only (not Id): a piped article's Id is no version.
    [IdParameter(Name = "VersionId", Position = 1, ValueFromPipeline = false)]
    // -ArticleId: The article; binds from piped articles and versions.
    [ParentIdParameter("ArticleId", "article_id")]
    public sealed partial class GetIntercomArticleVersionCommand : GetObjectCmdlet<ArticleVersion>
    {
        /// <summary>The locale whose content is read (en, fr...); the article's default locale when not given.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Locale { get; set; }

        internal override ResourceDescriptor<ArticleVersion> Resource => IntercomResources.ArticleVersions;

        protected override IEnumerable<KeyValuePair<string, string>>? GetQuery => QueryPairs.Of(("locale", Locale));

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery => GetQuery;
    }
}
