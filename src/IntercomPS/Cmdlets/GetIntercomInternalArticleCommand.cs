namespace IntercomPS.Cmdlets
{
    /// <summary>Gets internal articles, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomInternalArticle", HelpUri = HelpUris.Cmdlets + "Get-IntercomInternalArticle.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(InternalArticle))]
    [IdParameter("InternalArticleId")]
    public sealed partial class GetIntercomInternalArticleCommand : GetObjectCmdlet<InternalArticle>
    {
        internal override ResourceDescriptor<InternalArticle> Resource => IntercomResources.InternalArticles;
    }
}
