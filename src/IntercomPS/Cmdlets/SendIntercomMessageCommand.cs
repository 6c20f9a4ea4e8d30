namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Sends an admin's message (in-app or email) to each contact given, one message per contact. ConfirmImpact
    /// High: each message reaches a person and cannot be taken back. Never resent once it may have arrived.
    /// </summary>
    [CmdletOptions(ConfirmImpact.High)]
    public sealed partial class SendIntercomMessageCommand : ObjectChangeCmdlet<Message>
    {
        /// <summary>The contact to message; piped contacts bind by their ContactId (never by a bare Id).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ContactId { get; set; } = string.Empty;

        /// <summary>Whether the contact is a user or a lead; piped contacts bind by their Role.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("user", "lead")]
        public string Role { get; set; } = "user";

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; } = string.Empty;

        /// <summary>The admin the message comes from.</summary>
        [Parameter(Mandatory = true)]
        public long FromAdminId { get; set; }

        [Parameter]
        [ValidateSet("in_app", "email")]
        public string MessageType { get; set; } = "in_app";

        /// <summary>The email's subject (email only, and required there).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Subject { get; set; }

        /// <summary>The email's style (email only): plain, or personal (with the admin's name and avatar).</summary>
        [Parameter]
        [ValidateSet("plain", "personal")]
        public string? Template { get; set; }

        /// <summary>Opens the conversation in the inbox at once, rather than when the contact replies.</summary>
        [Parameter]
        public SwitchParameter CreateConversationWithoutContactReply { get; set; }

        private bool IsEmail => MessageType == "email";

        protected override void BeginProcessing()
        {
            string? message = null;
            if (IsEmail && Subject == null) message = "An email needs a -Subject.";
            else if (!IsEmail && (Subject != null || Template != null)) message = "-Subject and -Template apply to emails only: add -MessageType email, or leave them out.";
            if (message != null)
            {
                ThrowTerminatingError(ErrorRecords.Create(new ArgumentException(message), "InvalidMessage", ErrorCategory.InvalidArgument, null, message));
            }
            base.BeginProcessing();
        }

        internal override ResourceDescriptor Resource => IntercomResources.Messages;

        internal override ApiOperation Operation => IntercomResources.Messages.Create!;

        protected override string Action => IsEmail ? $"Send email '{Subject}'" : "Send in-app message";

        protected override string Describe(IReadOnlyDictionary<string, string> values) => Role + " " + ContactId;

        protected override IDictionary<string, object?>? ExtraBody
        {
            get
            {
                var members = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["message_type"] = MessageType,
                    ["from.type"] = "admin",
                    ["to"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["type"] = Role, ["id"] = ContactId },
                };
                // Intercom requires a template for an email; plain is its own default look.
                if (IsEmail) members["template"] = Template ?? "plain";
                return members;
            }
        }
    }
}
