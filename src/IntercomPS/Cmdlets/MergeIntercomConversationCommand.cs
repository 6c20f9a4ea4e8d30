namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Merges conversations into another one: their parts move into it and they are closed. Cannot be undone, so
    /// ConfirmImpact High. Piped conversations bind by their Id.
    /// </summary>
    // -Id: The conversation to merge into another one.
    [IdParameter("ConversationId")]
    public sealed partial class MergeIntercomConversationCommand : SetObjectCmdlet<Conversation>
    {
        /// <summary>The conversation that receives the parts (conversation ids are numbers; the API takes this one as a number).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateRange(1, long.MaxValue)]
        public long IntoConversationId { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Conversations;

        internal override ApiOperation Operation => IntercomResources.Conversations.Action("merge");

        protected override string Action => $"Merge into conversation {IntoConversationId} (cannot be undone)";

        protected override IReadOnlyDictionary<string, string> TargetValues => PathValues.Of("id", Id);

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "conversation " + Id;
    }
}
