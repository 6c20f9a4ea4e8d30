namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a news item; its fields bind by property name, so objects read from another workspace can be piped in.</summary>
    public sealed partial class NewIntercomNewsItemCommand : ObjectChangeCmdlet<NewsItem>
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Body { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
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
