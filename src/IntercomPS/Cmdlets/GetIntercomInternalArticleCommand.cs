namespace IntercomPS.Cmdlets
{
    /// <summary>Gets internal articles, all of them (page by page) or by id.</summary>
    [IdParameter("InternalArticleId")]
    public sealed partial class GetIntercomInternalArticleCommand : GetObjectCmdlet<InternalArticle>
    {
        internal override ResourceDescriptor<InternalArticle> Resource => IntercomResources.InternalArticles;
    }
}
