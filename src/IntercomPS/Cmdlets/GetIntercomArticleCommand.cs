namespace IntercomPS.Cmdlets
{
    /// <summary>Gets articles, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomArticle", HelpUri = HelpUris.Cmdlets + "Get-IntercomArticle.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Article))]
    [IdParameter("ArticleId")]
    public sealed partial class GetIntercomArticleCommand : GetObjectCmdlet<Article>
    {
        internal override ResourceDescriptor<Article> Resource => IntercomResources.Articles;
    }
}
