namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of Set-IntercomArticle and Set-IntercomArticleDraft: the same fields of an existing article (the
    /// description's update_article_request), written to the article itself or staged as its draft.
    /// </summary>
    [IdParameter("ArticleId", ValueFromPipeline = false)]
    [PassThruParameter]
    public abstract partial class ArticleChangeCmdlet : ContentChangeCmdlet<Article>
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Body { get; set; }

        [Parameter()]
        public string? BodyMarkdown { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? AuthorId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("published", "draft")]
        public string? State { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? ParentId { get; set; }

        [Parameter()]
        [ValidateSet("collection")]
        public string? ParentType { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Articles;
    }
}
