namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of Set-IntercomArticle and Set-IntercomArticleDraft: the same fields of an existing article (the
    /// description's update_article_request), written to the article itself or staged as its draft.
    /// </summary>
    [IdParameter("ArticleId", ValueFromPipeline = false)]
    [PassThruParameter]
    [OptionalParametersOf(typeof(IntercomPS.Cmdlets.NewIntercomArticleCommand))]
    public abstract partial class ArticleChangeCmdlet : ContentChangeCmdlet<Article>
    {
        internal override ResourceDescriptor Resource => IntercomResources.Articles;
    }
}
