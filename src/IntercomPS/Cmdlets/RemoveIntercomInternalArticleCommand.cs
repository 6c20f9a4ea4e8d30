namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes internal articles. ConfirmImpact High: a deleted internal article cannot be brought back.</summary>
    [OutputType(typeof(void))]
    // -InternalArticleId: Bound from piped objects by InternalArticleId only (not Id), so piping another kind of object deletes nothing.
    [IdParameter(Name = "InternalArticleId", ValueFromPipeline = false)]
    public sealed partial class RemoveIntercomInternalArticleCommand : ObjectChangeCmdlet<InternalArticle>
    {
        internal override ResourceDescriptor Resource => IntercomResources.InternalArticles;
    }
}
