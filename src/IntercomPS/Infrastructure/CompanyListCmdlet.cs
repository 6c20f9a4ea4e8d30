namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that read a list under companies (Get-IntercomCompanyNote...): the companies are
    /// named by the company_id your systems gave them (-CompanyId, bound from piped companies and strings), and each
    /// is looked up once per command for Intercom's id, which the paths take.
    /// </summary>
    public abstract class CompanyListCmdlet<T> : ListObjectCmdlet<T> where T : IntercomObject
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] CompanyId { get; set; } = new string[0];

        protected override IEnumerable<IReadOnlyDictionary<string, string>> Parents =>
            CompanyId.Select(id => PathValues.Of(ListOperation.PathParameters[0], id));

        internal override async Task<IReadOnlyDictionary<string, string>> ResolveScopeAsync(IReadOnlyDictionary<string, string> scope, CancellationToken cancellationToken)
        {
            var placeholder = ListOperation.PathParameters[0];
            return PathValues.Of(placeholder, await CompanyIds.IntercomIdAsync(scope[placeholder], cancellationToken).ConfigureAwait(false));
        }
    }
}
