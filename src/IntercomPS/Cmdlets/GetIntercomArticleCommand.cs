namespace IntercomPS.Cmdlets
{
    /// <summary>Gets articles, all of them (page by page) or by id.</summary>
    [IdParameter("ArticleId")]
    public sealed partial class GetIntercomArticleCommand : GetObjectCmdlet<Article>
    {
        internal override ResourceDescriptor<Article> Resource => IntercomResources.Articles;
    }
}
