namespace IntercomPS.Cmdlets
{
    /// <summary>Gets news items, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomNewsItem", HelpUri = HelpUris.Cmdlets + "Get-IntercomNewsItem.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(NewsItem))]
    public sealed class GetIntercomNewsItemCommand : GetObjectCmdlet<NewsItem>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("NewsItemId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<NewsItem> Resource => IntercomResources.NewsItems;
    }
}
