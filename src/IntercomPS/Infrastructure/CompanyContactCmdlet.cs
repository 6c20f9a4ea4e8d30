namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of Add- and Remove-IntercomCompanyContact: which contacts (piped in), and the company by the
    /// company_id your systems gave it, looked up once per command when the first change is made; Intercom's id of it
    /// goes where the operation takes it.
    /// </summary>
    public abstract class CompanyContactCmdlet : ContactChangeCmdlet<Company>
    {
        /// <summary>The company_id your systems gave the company; bound from a piped company.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string CompanyId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.Companies;

        /// <summary>Puts Intercom's id of the company into the request: the body's id (attach) or the path's company_id (detach).</summary>
        protected abstract void PlaceCompany(IDictionary<string, string> values, IDictionary<string, object?> body, string intercomId);

        internal override ChangePreparation? Preparation
        {
            get
            {
                var companyId = CompanyId;
                var companies = CompanyIds;
                return async (values, body, token) => PlaceCompany(values, body, await companies.IntercomIdAsync(companyId, token).ConfigureAwait(false));
            }
        }
    }
}
