namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes articles. ConfirmImpact High: a deleted article cannot be brought back.</summary>
    [OutputType(typeof(void))]
    // -ArticleId: Bound from piped objects by ArticleId only (not Id), so piping another kind of object deletes nothing.
    [IdParameter(Name = "ArticleId", ValueFromPipeline = false)]
    public sealed partial class RemoveIntercomArticleCommand : ObjectChangeCmdlet<Article>
    {
        internal override ResourceDescriptor Resource => IntercomResources.Articles;
    }
}
