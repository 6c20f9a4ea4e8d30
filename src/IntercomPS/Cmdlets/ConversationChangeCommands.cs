using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Shared parameters of the conversation change cmdlets.</summary>
    public abstract class ConversationChangeCmdlet : ChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ConversationId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>The admin who acts; defaults to the connection's admin.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string? AdminId { get; set; }

        /// <summary>Writes each conversation as Intercom answered after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;
    }

    /// <summary>
    /// Replies to conversations as an admin: a comment the contact sees, or with -Note an internal note. A reply is
    /// never resent once it may have reached Intercom, so a flaky network cannot post it twice.
    /// </summary>
    [Cmdlet(VerbsCommunications.Send, "IntercomReply", HelpUri = HelpUris.Cmdlets + "Send-IntercomReply.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Conversation))]
    public sealed class SendIntercomReplyCommand : ConversationChangeCmdlet
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

    /// <summary>Closes conversations, optionally with a closing message; an already closed conversation counts as unchanged.</summary>
    [Cmdlet(VerbsCommon.Close, "IntercomConversation", HelpUri = HelpUris.Cmdlets + "Close-IntercomConversation.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Conversation))]
    public sealed class CloseIntercomConversationCommand : ConversationChangeCmdlet
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

    /// <summary>Opens closed or snoozed conversations; an already open conversation counts as unchanged.</summary>
    [Cmdlet(VerbsCommon.Open, "IntercomConversation", HelpUri = HelpUris.Cmdlets + "Open-IntercomConversation.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Conversation))]
    public sealed class OpenIntercomConversationCommand : ConversationChangeCmdlet
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

    /// <summary>
    /// Assigns conversations to an admin or a team, snoozes them, and sets their title, read state and custom
    /// attributes. What is already as asked is not sent again.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IntercomConversation", HelpUri = HelpUris.Cmdlets + "Set-IntercomConversation.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Conversation))]
    public sealed class SetIntercomConversationCommand : ConversationChangeCmdlet
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
