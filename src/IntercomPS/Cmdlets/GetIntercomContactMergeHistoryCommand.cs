namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the leads and users that were merged into users, newest merge first unless -Order asc.</summary>
    public sealed partial class GetIntercomContactMergeHistoryCommand : ContactListCmdlet<MergeHistoryItem>
    {
        /// <summary>desc (newest merge first, Intercom's default) or asc.</summary>
        [Parameter]
        [ValidateSet("asc", "desc")]
        public string? Order { get; set; }

        internal override ResourceDescriptor<MergeHistoryItem> Resource => IntercomResources.ContactMergeHistory;

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery =>
            Order == null ? null : new[] { new KeyValuePair<string, string>("order", Order) };
    }
}
