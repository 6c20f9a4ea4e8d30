namespace IntercomPS.Cmdlets
{
    /// <summary>Closes conversations, optionally with a closing message; an already closed conversation counts as unchanged.</summary>
    public sealed partial class CloseIntercomConversationCommand : ConversationChangeCmdlet
    {
        /// <summary>A message left in the conversation as it closes.</summary>
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string? Body { get; set; }

        protected override void ProcessRecord()
        {
            var changes = ActiveConnection.ConversationChanges;
            var admin = ActingAdmin(AdminId);
            var body = Body;
            foreach (var id in Id)
            {
                QueueChange("conversation " + id, $"Close as admin {admin}", id, token => changes.CloseAsync(id, admin, body, token));
            }
        }
    }
}
