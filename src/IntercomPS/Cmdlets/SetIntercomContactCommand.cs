namespace IntercomPS.Cmdlets
{
    /// <summary>Updates contacts' fields and archives or unarchives them; the session cache then holds the new values.</summary>
    [PassThruParameter]
    public sealed partial class SetIntercomContactCommand : ContactFieldsCmdlet
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
}
