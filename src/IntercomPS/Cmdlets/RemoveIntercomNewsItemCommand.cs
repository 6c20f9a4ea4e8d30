namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes news items. ConfirmImpact High: a deleted news item cannot be brought back.</summary>
    [OutputType(typeof(void))]
    // -NewsItemId: Bound from piped objects by NewsItemId only (not Id), so piping another kind of object deletes nothing.
    [IdParameter(Name = "NewsItemId", ValueFromPipeline = false)]
    public sealed partial class RemoveIntercomNewsItemCommand : ObjectChangeCmdlet<NewsItem>
    {
        internal override ResourceDescriptor Resource => IntercomResources.NewsItems;
    }
}
