namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each news item; the fields not given stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomNewsItem", HelpUri = HelpUris.Cmdlets + "Set-IntercomNewsItem.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(NewsItem))]
    [IdParameter("NewsItemId", ValueFromPipeline = false)]
    public sealed partial class SetIntercomNewsItemCommand : SetObjectCmdlet<NewsItem>
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Body { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? SenderId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("draft", "live")]
        public string? State { get; set; }

        [Parameter()]
        public SwitchParameter DeliverSilently { get; set; }

        [Parameter()]
        public string[]? Labels { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.NewsItems;
    }
}
