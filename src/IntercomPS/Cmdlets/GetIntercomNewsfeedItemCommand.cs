namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the news items live in newsfeeds (what customers see in each), per newsfeed.</summary>
    // -NewsfeedId: The newsfeed; binds from piped newsfeeds (NewsfeedId), not from an Id property.
    [ParentIdParameter("NewsfeedId", "newsfeed_id")]
    public sealed partial class GetIntercomNewsfeedItemCommand : ListObjectCmdlet<NewsItem>
    {
        internal override ResourceDescriptor<NewsItem> Resource => IntercomResources.NewsItems;

        internal override ApiOperation ListOperation => IntercomResources.NewsItems.Action("newsfeed");
    }
}
