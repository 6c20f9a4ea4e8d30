namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Replies to tickets: as an admin (a comment the contact sees, or with -Note an internal note), or on behalf of
    /// the ticket's contact. A reply is never resent once it may have reached Intercom, so it cannot be posted twice.
    /// </summary>
    [CmdletOptions(DefaultParameterSetName = AdminSet)]
    [IdParameter("TicketId")]
    public sealed partial class SendIntercomTicketReplyCommand : SetObjectCmdlet<TicketReply>
    {
        private const string AdminSet = "Admin";
        private const string ContactIdSet = "ContactId";
        private const string ContactEmailSet = "ContactEmail";
        private const string ContactExternalIdSet = "ContactExternalId";

        /// <summary>The reply's text (HTML for admins' notes).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; } = string.Empty;

        /// <summary>An internal note, seen by teammates only, instead of a reply to the contact.</summary>
        [Parameter(ParameterSetName = AdminSet)]
        public SwitchParameter Note { get; set; }

        /// <summary>With -Note on a back-office ticket: the note is posted to every linked conversation too.</summary>
        [Parameter(ParameterSetName = AdminSet)]
        public SwitchParameter CrossPost { get; set; }

        /// <summary>The admin who replies; defaults to the connection's admin.</summary>
        [Parameter(ParameterSetName = AdminSet)]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? AdminId { get; set; }

        /// <summary>Replies as this contact (Intercom id) instead of as an admin.</summary>
        [Parameter(ParameterSetName = ContactIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string? ContactId { get; set; }

        /// <summary>Replies as the contact with this email.</summary>
        [Parameter(ParameterSetName = ContactEmailSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string? ContactEmail { get; set; }

        /// <summary>Replies as the contact with this external id (the user_id your systems gave it).</summary>
        [Parameter(ParameterSetName = ContactExternalIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string? ContactExternalId { get; set; }

        /// <summary>Up to 10 image URLs attached to the reply.</summary>
        [Parameter]
        [ValidateCount(1, 10)]
        [ValidateNotNullOrEmpty]
        public string[]? AttachmentUrl { get; set; }

        /// <summary>When the reply was written (for imported history); now when not given.</summary>
        [Parameter]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>Replies without notifying the contact and teammates.</summary>
        [Parameter]
        public SwitchParameter SkipNotification { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Tickets;

        internal override ApiOperation Operation => IntercomResources.Tickets.Action("reply");

        private bool AsAdmin => ParameterSetName == AdminSet;

        protected override string Action
        {
            get
            {
                var preview = Body.Length > 40 ? Body.Substring(0, 40) + "..." : Body;
                if (!AsAdmin) return $"Reply '{preview}' as the contact {ContactId ?? ContactEmail ?? ContactExternalId}";
                return $"{(Note.IsPresent ? "Add internal note" : "Reply to the contact")} '{preview}' as admin {ActingAdmin(AdminId)}";
            }
        }

        protected override void BeginProcessing()
        {
            RequireCompanion(nameof(CrossPost), nameof(Note));
            base.BeginProcessing();
        }

        protected override IDictionary<string, object?>? ExtraBody => AsAdmin
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["type"] = "admin",
                ["message_type"] = Note.IsPresent ? "note" : "comment",
                ["admin_id"] = ActingAdmin(AdminId),
            }
            : new Dictionary<string, object?>(StringComparer.Ordinal) { ["type"] = "user", ["message_type"] = "comment" };
    }
}
