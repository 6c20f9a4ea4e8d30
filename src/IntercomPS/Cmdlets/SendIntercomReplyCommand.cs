namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Replies to conversations as an admin: a comment the contact sees, or with -Note an internal note. A reply is
    /// never resent once it may have reached Intercom, so a flaky network cannot post it twice.
    /// </summary>
    public sealed partial class SendIntercomReplyCommand : ConversationChangeCmdlet
    {
        /// <summary>The reply's text (plain text or HTML).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; } = string.Empty;

        /// <summary>An internal note, seen by teammates only, instead of a reply to the contact.</summary>
        [Parameter]
        public SwitchParameter Note { get; set; }

        protected override void ProcessRecord()
        {
            var changes = ActiveConnection.ConversationChanges;
            var admin = ActingAdmin(AdminId);
            var body = Body;
            var note = Note.IsPresent;
            var preview = body.Length > 40 ? body.Substring(0, 40) + "..." : body;
            foreach (var id in Id)
            {
                QueueChange("conversation " + id, $"{(note ? "Add internal note" : "Reply to the contact")} '{preview}' as admin {admin}", id,
                    token => changes.ReplyAsync(id, body, note, admin, token));
            }
        }
    }
}
