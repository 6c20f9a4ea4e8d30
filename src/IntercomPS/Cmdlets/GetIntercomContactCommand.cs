namespace IntercomPS.Cmdlets
{
    /// <summary>Gets contacts by id, by external id, by email, or every contact of the workspace (streamed).</summary>
    [CmdletOptions(DefaultParameterSetName = AllSet, SupportsPaging = true)]
    [OutputType(typeof(Contact))]
    public sealed partial class GetIntercomContactCommand : LookupOrListCmdlet
    {
        private const string ExternalIdSet = "ExternalId";
        private const string EmailSet = "Email";

        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId", "ContactIds")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>The id your systems gave the contact (external_id). Not bound from piped contacts, which carry an Id.</summary>
        [Parameter(ParameterSetName = ExternalIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] ExternalId { get; set; } = new string[0];

        /// <summary>Exact email address; may find a user and a lead.</summary>
        [Parameter(ParameterSetName = EmailSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] Email { get; set; } = new string[0];

        [Parameter(ParameterSetName = AllSet)]
        [ValidateRange(1, 150)]
        public int PageSize { get; set; } = 150;

        /// <summary>Ids looked up at once when many stream in (default 5).</summary>
        [Parameter(ParameterSetName = IdSet)]
        [Parameter(ParameterSetName = ExternalIdSet)]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 5;

        protected override int LookupThrottleLimit => ThrottleLimit;

        protected override void LookUp()
        {
            var contacts = ActiveConnection.Contacts;
            switch (ParameterSetName)
            {
                case IdSet:
                    foreach (var id in Id) WriteLookup(id, token => contacts.GetAsync(id, token, NoCache.IsPresent));
                    break;
                case ExternalIdSet:
                    foreach (var externalId in ExternalId) WriteLookup(externalId, token => contacts.GetByAsync("by_external_id", externalId, token));
                    break;
                case EmailSet:
                    foreach (var email in Email) FindByEmail(contacts, email);
                    break;
            }
        }

        protected override void ListAll() => WriteListing<Contact>(PageSize, ActiveConnection.Contacts.ListAsync);

        private void FindByEmail(SearchableResource<Contact> contacts, string email)
        {
            var request = new SearchRequest { Query = ContactQueries.ByEmail(email) };
            var found = 0L;
            RunEngineWork(async (sink, token) =>
            {
                var observer = new PipelinePageObserver<Contact>(sink, "Get-IntercomContact", 0);
                await contacts.SearchAsync(request, observer, token).ConfigureAwait(false);
                found = observer.Written;
            });
            if (found == 0)
            {
                WriteError(ErrorRecords.Create(new ItemNotFoundException($"No contact has the email '{email}'."), "ContactNotFound", ErrorCategory.ObjectNotFound, email));
            }
        }
    }
}
