namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Starts a conversation as a contact wrote it (a message from the contact to the workspace). Writes the message
    /// Intercom created, whose ConversationId names the new conversation. Piped contacts bind by their Id.
    /// </summary>
    [CmdletOptions(ConfirmImpact.Medium)]
    public sealed partial class NewIntercomConversationCommand : ObjectChangeCmdlet<Message>
    {
        /// <summary>The contact the conversation comes from.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string ContactId { get; set; } = string.Empty;

        /// <summary>The contact's role: user, lead or contact (default: user).</summary>
        [Parameter]
        [ValidateSet("user", "lead", "contact")]
        public string FromType { get; set; } = "user";

        /// <summary>The first message (HTML allowed).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; } = string.Empty;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Subject { get; set; }

        /// <summary>Up to 10 URLs of files to attach.</summary>
        [Parameter]
        [ValidateCount(1, 10)]
        public string[]? AttachmentUrl { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? BrandId { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Conversations;

        protected override string Action => "Create a conversation from contact " + ContactId;

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "new conversation from contact " + ContactId;

        // from.type is required: the default goes in when -FromType is not given.
        protected override IDictionary<string, object?>? ExtraBody => new Dictionary<string, object?> { ["from.type"] = FromType };
    }
}
