namespace IntercomPS.Cmdlets
{
    /// <summary>Gets companies by Intercom id, by your company_id, or all of them (scroll API, streamed).</summary>
    [CmdletOptions(DefaultParameterSetName = AllSet, SupportsPaging = true)]
    [OutputType(typeof(Company))]
    public sealed partial class GetIntercomCompanyCommand : LookupOrListCmdlet
    {
        private const string CompanyIdSet = "CompanyId";

        /// <summary>Intercom's id of the company.</summary>
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>The company_id your systems gave the company.</summary>
        // Not bound from the pipeline: a piped Company carries both Id and CompanyId, and PowerShell could not choose
        // between the two lookups; its Id is the one that names it.
        [Parameter(ParameterSetName = CompanyIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] CompanyId { get; set; } = new string[0];

        [Parameter(ParameterSetName = IdSet)]
        [Parameter(ParameterSetName = CompanyIdSet)]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 5;

        protected override int LookupThrottleLimit => ThrottleLimit;

        protected override void LookUp()
        {
            var companies = ActiveConnection.Companies;
            if (ParameterSetName == IdSet)
            {
                foreach (var id in Id) WriteLookup(id, token => companies.GetAsync(id, token, NoCache.IsPresent));
            }
            else if (ParameterSetName == CompanyIdSet)
            {
                foreach (var companyId in CompanyId) WriteLookup(companyId, token => companies.GetByCompanyIdAsync(companyId, token));
            }
        }

        protected override void ListAll()
        {
            var companies = ActiveConnection.Companies;
            // Every company comes through the scroll API, which has no limit on how many it returns; -First reads
            // pages of the company list instead and stops when it has enough, leaving no scroll open.
            if (PagingLimit() == null) WriteListing<Company>(PagingOptions.DefaultPageSize, (_, observer, token) => companies.ScrollAsync(observer, token));
            else WriteListing<Company>(PagingOptions.DefaultPageSize, companies.ListFirstAsync);
        }
    }
}
