namespace IntercomPS.Cmdlets
{
    /// <summary>Opens closed or snoozed conversations; an already open conversation counts as unchanged.</summary>
    public sealed partial class OpenIntercomConversationCommand : ConversationChangeCmdlet
    {
        protected override void ProcessRecord()
        {
            var changes = ActiveConnection.ConversationChanges;
            var admin = ActingAdmin(AdminId);
            foreach (var id in Id)
            {
                QueueChange("conversation " + id, $"Open as admin {admin}", id, token => changes.OpenAsync(id, admin, token));
            }
        }
    }
}
