using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Shared parameters of New- and Set-IntercomContact: the writable fields of a contact.</summary>
    public abstract class ContactFieldsCmdlet : ChangeCmdlet
    {
        // Name, Email, Phone, Role and ExternalId are declared by each cmdlet: New- binds them from piped records
        // (CSV import), Set- must not (a piped contact would otherwise rewrite itself).
        protected abstract string? NameValue { get; }
        protected abstract string? EmailValue { get; }
        protected abstract string? PhoneValue { get; }
        protected abstract string? RoleValue { get; }
        protected abstract string? ExternalIdValue { get; }

        /// <summary>The admin who owns the contact.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? OwnerId { get; set; }

        /// <summary>An image URL.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Avatar { get; set; }

        [Parameter]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? SignedUpAt { get; set; }

        [Parameter]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? LastSeenAt { get; set; }

        [Parameter]
        public bool? UnsubscribedFromEmails { get; set; }

        /// <summary>Custom attributes by name (they must exist in the workspace); $null clears one.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? CustomAttribute { get; set; }

        internal ContactFields ReadFields()
        {
            Dictionary<string, object?>? custom = null;
            if (CustomAttribute != null)
            {
                custom = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in CustomAttribute) custom[entry.Key?.ToString() ?? string.Empty] = PlainValues.FromPowerShell(entry.Value);
            }
            return new ContactFields
            {
                Name = NameValue,
                Email = EmailValue,
                Phone = PhoneValue,
                Role = RoleValue,
                ExternalId = ExternalIdValue,
                OwnerId = OwnerId,
                Avatar = Avatar,
                SignedUpAt = SignedUpAt,
                LastSeenAt = LastSeenAt,
                UnsubscribedFromEmails = UnsubscribedFromEmails,
                CustomAttributes = custom,
            };
        }
    }

    /// <summary>Creates a user or a lead. Never resent once it may have reached Intercom, so a retry cannot make a duplicate.</summary>
    [Cmdlet(VerbsCommon.New, "IntercomContact", HelpUri = HelpUris.Cmdlets + "New-IntercomContact.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Contact))]
    public sealed class NewIntercomContactCommand : ContactFieldsCmdlet
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? Email { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? Phone { get; set; }

        /// <summary>user (the default) or lead.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("user", "lead")]
        public string? Role { get; set; } = "user";

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? ExternalId { get; set; }

        protected override bool WritesResults => true;
        protected override string? NameValue => Name;
        protected override string? EmailValue => Email;
        protected override string? PhoneValue => Phone;
        protected override string? RoleValue => Role;
        protected override string? ExternalIdValue => ExternalId;

        protected override void ProcessRecord()
        {
            var fields = ReadFields();
            if (Email == null && ExternalId == null && Role != "lead")
            {
                WriteInputError(new ArgumentException("A user needs -Email or -ExternalId (a lead needs neither: use -Role lead)."), "NewContact", Name ?? "(no email)");
                return;
            }
            var changes = ActiveConnection.ContactChanges;
            var label = Email ?? ExternalId ?? Name ?? Role;
            QueueChange($"{Role} {label}", "Create contact with " + fields.Describe(), label!, token => changes.CreateAsync(fields, token));
        }
    }

    /// <summary>Updates contacts' fields and archives or unarchives them; the session cache then holds the new values.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomContact", HelpUri = HelpUris.Cmdlets + "Set-IntercomContact.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Contact))]
    public sealed class SetIntercomContactCommand : ContactFieldsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Email { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Phone { get; set; }

        [Parameter]
        [ValidateSet("user", "lead")]
        public string? Role { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ExternalId { get; set; }

        protected override string? NameValue => Name;
        protected override string? EmailValue => Email;
        protected override string? PhoneValue => Phone;
        protected override string? RoleValue => Role;
        protected override string? ExternalIdValue => ExternalId;

        /// <summary>$true archives the contact, $false unarchives it.</summary>
        [Parameter]
        public bool? Archived { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        protected override void ProcessRecord()
        {
            var fields = ReadFields();
            if (fields.IsEmpty && Archived == null)
            {
                ThrowTerminatingError(ErrorRecords.Create(new ArgumentException("Nothing to change: give a field such as -Name or -Email, -CustomAttribute, or -Archived."),
                    "NothingToChange", ErrorCategory.InvalidArgument, null));
            }
            var connection = ActiveConnection;
            var archived = Archived;
            var passThru = PassThru.IsPresent;
            var describe = fields.IsEmpty ? null : "Set " + fields.Describe();
            if (archived != null) describe = (describe == null ? "" : describe + "; ") + (archived.Value ? "Archive" : "Unarchive");
            foreach (var id in Id)
            {
                QueueChange("contact " + id, describe!, id, async token =>
                {
                    ChangeResult? result = null;
                    if (!fields.IsEmpty) result = await connection.ContactChanges.UpdateAsync(id, fields, token).ConfigureAwait(false);
                    if (archived != null) result = await connection.ContactChanges.SetArchivedAsync(id, archived.Value, token).ConfigureAwait(false);
                    if (passThru && result!.Value == null)
                    {
                        return new ChangeResult(result.Outcome, await connection.Contacts.GetAsync(id, token, noCache: true).ConfigureAwait(false));
                    }
                    return result!;
                });
            }
        }
    }

    /// <summary>
    /// Deletes contacts for good (ConfirmImpact High: asks unless -Force). A contact that is already gone counts as
    /// unchanged, not failed, so a rerun after an interruption is clean.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomContact", HelpUri = HelpUris.Cmdlets + "Remove-IntercomContact.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomContactCommand : ChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override bool WritesResults => false;

        protected override void ProcessRecord()
        {
            var changes = ActiveConnection.ContactChanges;
            foreach (var id in Id)
            {
                QueueChange("contact " + id, "Delete the contact permanently", id, token => changes.DeleteAsync(id, token));
            }
        }
    }

    /// <summary>Merges leads into a user: the lead's data moves to the user and the lead is gone (irreversible).</summary>
    [Cmdlet(VerbsData.Merge, "IntercomContact", HelpUri = HelpUris.Cmdlets + "Merge-IntercomContact.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(Contact))]
    public sealed class MergeIntercomContactCommand : ChangeCmdlet
    {
        /// <summary>The lead to merge (and remove).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId", "LeadId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>The user the lead is merged into.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [Alias("UserId")]
        [ValidateNotNullOrEmpty]
        public string Into { get; set; } = string.Empty;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        protected override void ProcessRecord()
        {
            var changes = ActiveConnection.ContactChanges;
            var into = Into;
            foreach (var id in Id)
            {
                QueueChange("lead contact " + id, $"Merge into user contact {into} (the lead is removed)", id, token => changes.MergeAsync(id, into, token));
            }
        }
    }

    /// <summary>Adds a note to contacts, written by the connection's admin unless -AdminId says otherwise.</summary>
    [Cmdlet(VerbsCommon.Add, "IntercomNote", HelpUri = HelpUris.Cmdlets + "Add-IntercomNote.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Note))]
    public sealed class AddIntercomNoteCommand : ChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string[] ContactId { get; set; } = new string[0];

        /// <summary>The note's text (plain text or HTML).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; } = string.Empty;

        /// <summary>The admin who writes the note; defaults to the connection's admin.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string? AdminId { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        protected override void ProcessRecord()
        {
            var changes = ActiveConnection.ContactChanges;
            var body = Body;
            var admin = ActingAdmin(AdminId);
            var preview = body.Length > 40 ? body.Substring(0, 40) + "..." : body;
            foreach (var id in ContactId)
            {
                QueueChange("contact " + id, $"Add note '{preview}' as admin {admin}", id, token => changes.AddNoteAsync(id, body, admin, token));
            }
        }
    }
}
