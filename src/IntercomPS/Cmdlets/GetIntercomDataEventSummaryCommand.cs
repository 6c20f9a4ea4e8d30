namespace IntercomPS.Cmdlets
{
    /// <summary>Gets, per event name, how many times users did it and when first and last (all time, not only 90 days).</summary>
    public sealed partial class GetIntercomDataEventSummaryCommand : DataEventListCmdlet<DataEventSummaryItem>
    {
        internal override ResourceDescriptor<DataEventSummaryItem> Resource => IntercomResources.DataEventSummaries;

        protected override IEnumerable<KeyValuePair<string, string>> ExtraQuery => new[] { new KeyValuePair<string, string>("summary", "true") };
    }
}
