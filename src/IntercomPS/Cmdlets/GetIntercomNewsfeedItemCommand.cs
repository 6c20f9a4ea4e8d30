namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the news items live in newsfeeds (what customers see in each), per newsfeed.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomNewsfeedItem", HelpUri = HelpUris.Cmdlets + "Get-IntercomNewsfeedItem.md", SupportsPaging = true)]
    [OutputType(typeof(NewsItem))]
    public sealed class GetIntercomNewsfeedItemCommand : ListObjectCmdlet<NewsItem>
    {
        /// <summary>The newsfeed; binds from piped newsfeeds (NewsfeedId), not from an Id property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string NewsfeedId { get; set; } = string.Empty;

        internal override ResourceDescriptor<NewsItem> Resource => IntercomResources.NewsItems;

        internal override ApiOperation ListOperation => IntercomResources.NewsItems.Action("newsfeed");

        protected override IReadOnlyDictionary<string, string> ScopeValues => PathValues.Of("newsfeed_id", NewsfeedId);
    }
}
