using System.Collections;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Assigns conversations to an admin or a team, snoozes them, and sets their title, read state and custom
    /// attributes. What is already as asked is not sent again.
    /// </summary>
    public sealed partial class SetIntercomConversationCommand : ConversationChangeCmdlet
    {
        /// <summary>
        /// The admin to assign the conversation to; "0" unassigns the admin. Binds the AdminAssigneeId of piped
        /// objects (a conversation's own is already as asked and so not sent again; an empty one changes nothing).
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AdminAssigneeId")]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string? AssigneeAdminId { get; set; }

        /// <summary>The team to assign the conversation to; "0" unassigns the team (binds TeamAssigneeId like -AssigneeAdminId).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("TeamAssigneeId")]
        [ArgumentCompleter(typeof(TeamIdCompleter))]
        public string? AssigneeTeamId { get; set; }

        /// <summary>Snoozes the conversation until then (must be in the future).</summary>
        [Parameter]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? SnoozeUntil { get; set; }

        [Parameter]
        [ValidateNotNull]
        public string? Title { get; set; }

        [Parameter]
        public bool? Read { get; set; }

        /// <summary>Conversation attributes by name (they must exist in the workspace).</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? CustomAttribute { get; set; }

        protected override void ProcessRecord()
        {
            var update = new ConversationUpdate
            {
                AssigneeAdminId = string.IsNullOrEmpty(AssigneeAdminId) ? null : AssigneeAdminId,
                AssigneeTeamId = string.IsNullOrEmpty(AssigneeTeamId) ? null : AssigneeTeamId,
                SnoozeUntil = SnoozeUntil,
                Title = Title,
                Read = Read,
            };
            if (CustomAttribute != null)
            {
                var custom = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in CustomAttribute) custom[entry.Key?.ToString() ?? string.Empty] = PlainValues.FromPowerShell(entry.Value);
                update.CustomAttributes = custom;
            }
            if (update.IsEmpty)
            {
                ThrowTerminatingError(ErrorRecords.Create(new ArgumentException("Nothing to change: give -AssigneeAdminId, -AssigneeTeamId, -SnoozeUntil, -Title, -Read or -CustomAttribute."),
                    "NothingToChange", ErrorCategory.InvalidArgument, null));
            }
            var changes = ActiveConnection.ConversationChanges;
            var admin = ActingAdmin(AdminId);
            foreach (var id in Id)
            {
                QueueChange("conversation " + id, "Set " + update.Describe(), id, token => changes.UpdateAsync(id, update, admin, token));
            }
        }
    }
}
