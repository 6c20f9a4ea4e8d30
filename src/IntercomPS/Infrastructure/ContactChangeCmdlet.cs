namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that make one change per contact (Block-IntercomContact,
    /// Add-/Remove-IntercomContactSubscription, Add-/Remove-IntercomCompanyContact): the contacts are named by -ContactId, bound from piped contacts and
    /// strings, and each is changed in turn; the answer is written with -PassThru.
    /// </summary>
    [PassThruParameter]
    public abstract partial class ContactChangeCmdlet<TResult> : ObjectChangeCmdlet<TResult> where TResult : IntercomObject
    {
        /// <summary>The contacts' ids; bound from piped contacts (ContactId) and strings.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ContactId { get; set; } = new string[0];

        protected override IEnumerable<IReadOnlyDictionary<string, string>> Targets => ContactId.Select(ContactValues);

        /// <summary>The placeholder values of one contact's change (its id, and whatever else the path takes).</summary>
        protected virtual IReadOnlyDictionary<string, string> ContactValues(string contactId) => PathValues.Of("contact_id", contactId);

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "contact " + values["contact_id"];
    }
}
