namespace IntercomPS.Cmdlets
{
    /// <summary>Gets news items, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomNewsItem", HelpUri = HelpUris.Cmdlets + "Get-IntercomNewsItem.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(NewsItem))]
    [IdParameter("NewsItemId")]
    public sealed partial class GetIntercomNewsItemCommand : GetObjectCmdlet<NewsItem>
    {
        internal override ResourceDescriptor<NewsItem> Resource => IntercomResources.NewsItems;
    }
}
