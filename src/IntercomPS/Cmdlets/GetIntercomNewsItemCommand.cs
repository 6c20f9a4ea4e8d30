namespace IntercomPS.Cmdlets
{
    /// <summary>Gets news items, all of them (page by page) or by id.</summary>
    [IdParameter("NewsItemId")]
    public sealed partial class GetIntercomNewsItemCommand : GetObjectCmdlet<NewsItem>
    {
        internal override ResourceDescriptor<NewsItem> Resource => IntercomResources.NewsItems;
    }
}
