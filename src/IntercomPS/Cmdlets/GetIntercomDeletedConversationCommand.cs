namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Lists the ids of deleted conversations, with when they were deleted: to remove them from exports and copies
    /// kept elsewhere. Newest first unless -Order Ascending.
    /// </summary>
    public sealed partial class GetIntercomDeletedConversationCommand : GetObjectCmdlet<DeletedConversationItem>
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
