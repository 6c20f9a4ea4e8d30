namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Lists the ids of deleted conversations, with when they were deleted: to remove them from exports and copies
    /// kept elsewhere. Newest first unless -Order Ascending.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IntercomDeletedConversation", HelpUri = HelpUris.Cmdlets + "Get-IntercomDeletedConversation.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(DeletedConversationItem))]
    public sealed class GetIntercomDeletedConversationCommand : GetObjectCmdlet<DeletedConversationItem>
    {
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("Ascending", "Descending")]
        public string Order { get; set; } = "Descending";

        protected override string[] Ids => new string[0];

        internal override ResourceDescriptor<DeletedConversationItem> Resource => IntercomResources.DeletedConversations;

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery =>
            new[] { new KeyValuePair<string, string>("order", Order == "Ascending" ? "asc" : "desc") };
    }
}
