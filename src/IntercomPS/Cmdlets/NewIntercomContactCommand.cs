namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a user or a lead. Never resent once it may have reached Intercom, so a retry cannot make a duplicate.</summary>
    [CmdletOptions(ConfirmImpact.Medium)]
    public sealed partial class NewIntercomContactCommand : ContactFieldsCmdlet
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
}
