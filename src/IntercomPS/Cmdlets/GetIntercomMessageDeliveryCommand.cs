namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the delivery status of each WhatsApp message a series (ruleset) sent, page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomMessageDelivery", HelpUri = HelpUris.Cmdlets + "Get-IntercomMessageDelivery.md", SupportsPaging = true)]
    [OutputType(typeof(WhatsappMessageStatusListEventsItem))]
    public sealed class GetIntercomMessageDeliveryCommand : ListObjectCmdlet<WhatsappMessageStatusListEventsItem>
    {
        /// <summary>The ruleset (the series' WhatsApp message) whose messages to read.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string RulesetId { get; set; } = string.Empty;

        internal override ResourceDescriptor<WhatsappMessageStatusListEventsItem> Resource => IntercomResources.MessageDeliveries;

        protected override bool ListsPerRecord => true;

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery => QueryPairs.Of(("ruleset_id", RulesetId));

        protected override IReadOnlyDictionary<string, string> ScopeValues => PathValues.Of("ruleset_id", RulesetId);
    }
}
