namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the unpublished changes staged on published articles (the draft customers do not see yet).</summary>
    [CmdletOptions(DefaultParameterSetName = IdSet, SupportsPaging = false)]
    [IdParameter(Name = "ArticleId")]
    public sealed partial class GetIntercomArticleDraftCommand : GetObjectCmdlet<Article>
    {
        internal override ResourceDescriptor<Article> Resource => IntercomResources.Articles;

        internal override ApiOperation GetOperation => IntercomResources.Articles.Action("draft");
    }
}
