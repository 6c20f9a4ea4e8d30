namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the delivery status of each WhatsApp message a series (ruleset) sent, page by page.</summary>
    // -RulesetId: The ruleset (the series' WhatsApp message) whose messages to read.
    [ParentIdParameter("RulesetId", "ruleset_id", ValueFromPipeline = true)]
    public sealed partial class GetIntercomMessageDeliveryCommand : ListObjectCmdlet<WhatsappMessageStatusListEventsItem>
    {
        internal override ResourceDescriptor<WhatsappMessageStatusListEventsItem> Resource => IntercomResources.MessageDeliveries;

        protected override bool ListsPerRecord => true;

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery => QueryPairs.Of(("ruleset_id", RulesetId));
    }
}
