namespace IntercomPS.Cmdlets
{
    /// <summary>Adds a note to contacts or companies, written by the connection's admin unless -AdminId says otherwise.</summary>
    [CmdletOptions(DefaultParameterSetName = ContactSet)]
    [OutputType(typeof(Note))]
    [PassThruParameter]
    public sealed partial class AddIntercomNoteCommand : ChangeCmdlet
    {
        private const string ContactSet = "Contact";
        private const string CompanySet = "Company";

        /// <summary>
        /// The contacts' ids; bound from piped contacts (ContactId) and strings. Not from an Id property: a piped
        /// company's Id would otherwise pass for a contact's.
        /// </summary>
        [Parameter(ParameterSetName = ContactSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ContactId { get; set; } = new string[0];

        /// <summary>The company_id your systems gave each company; bound from piped companies.</summary>
        [Parameter(ParameterSetName = CompanySet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] CompanyId { get; set; } = new string[0];

        /// <summary>The note's text (plain text or HTML).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; } = string.Empty;

        /// <summary>The admin who writes the note; defaults to the connection's admin.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string? AdminId { get; set; }

        protected override void ProcessRecord()
        {
            var body = Body;
            var admin = ActingAdmin(AdminId);
            var action = $"Add note '{(body.Length > 40 ? body.Substring(0, 40) + "..." : body)}' as admin {admin}";
            if (ParameterSetName == ContactSet)
            {
                var changes = ActiveConnection.ContactChanges;
                foreach (var id in ContactId)
                {
                    QueueChange("contact " + id, action, id, token => changes.AddNoteAsync(id, body, admin, token));
                }
                return;
            }
            var client = ActiveConnection.Resources;
            var companies = CompanyIds;
            var note = new Dictionary<string, object?> { ["body"] = body, ["admin_id"] = admin };
            foreach (var companyId in CompanyId)
            {
                QueueChange($"company with company_id '{companyId}'", action, companyId, async token =>
                {
                    var company = PathValues.Of("company_id", await companies.IntercomIdAsync(companyId, token).ConfigureAwait(false));
                    return ChangeResult.Changed(await client.SendAsync<Note>(IntercomResources.Notes.Create!, company, null, note, token).ConfigureAwait(false));
                });
            }
        }
    }
}
