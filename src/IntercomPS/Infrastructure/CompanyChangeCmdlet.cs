namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared targeting of the cmdlets that change one company: by Intercom's id (-Id, bound from piped companies),
    /// or by the company_id your systems gave it (-CompanyId, looked up once per command when the change is made).
    /// </summary>
    public abstract class CompanyChangeCmdlet<TResult> : ObjectChangeCmdlet<TResult> where TResult : IntercomObject
    {
        protected const string IdSet = "Id";
        protected const string CompanyIdSet = "CompanyId";

        /// <summary>Intercom's id of the company.</summary>
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>
        /// The company_id your systems gave the company. Not bound from the pipeline: a piped company carries both
        /// ids, and its Id is the one that names it.
        /// </summary>
        [Parameter(ParameterSetName = CompanyIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] CompanyId { get; set; } = new string[0];

        internal override ResourceDescriptor Resource => IntercomResources.Companies;

        protected override IEnumerable<IReadOnlyDictionary<string, string>> Targets =>
            (ParameterSetName == IdSet ? Id : CompanyId).Select(id => PathValues.Of("company_id", id));

        protected override string Describe(IReadOnlyDictionary<string, string> values) =>
            ParameterSetName == IdSet ? "company " + values["company_id"] : $"company with company_id '{values["company_id"]}'";

        /// <summary>With -CompanyId, the placeholder holds your company_id until the change replaces it with Intercom's id.</summary>
        internal override ChangePreparation? Preparation
        {
            get
            {
                if (ParameterSetName == IdSet) return null;
                var companies = CompanyIds;
                return async (values, body, token) =>
                    values["company_id"] = await companies.IntercomIdAsync(values["company_id"], token).ConfigureAwait(false);
            }
        }
    }
}
