namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Removes contacts from a conversation's participants (the contact stays in the workspace). Piped contacts
    /// bind by their Id. The conversation must keep at least one contact.
    /// </summary>
    [CmdletOptions(ConfirmImpact.Medium)]
    public sealed partial class RemoveIntercomConversationContactCommand : SetObjectCmdlet<Conversation>
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string ConversationId { get; set; } = string.Empty;

        /// <summary>The contact to remove.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string ContactId { get; set; } = string.Empty;

        /// <summary>The admin who removes the contact.</summary>
        [Parameter(Mandatory = true)]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string AdminId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.Conversations;

        internal override ApiOperation Operation => IntercomResources.Conversations.Action("detach_contact");

        protected override string Action => "Remove contact " + ContactId;

        protected override IReadOnlyDictionary<string, string> TargetValues => PathValues.Of(IntercomResources.Conversations.IdParameter, ConversationId, "contact_id", ContactId);

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "conversation " + ConversationId;
    }
}
