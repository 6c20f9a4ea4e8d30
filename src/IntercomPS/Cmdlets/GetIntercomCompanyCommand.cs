using System;
using System.Management.Automation;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Models;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Gets companies by Intercom id, by your company_id, or all of them (scroll API, streamed).</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomCompany", HelpUri = HelpUris.Cmdlets + "Get-IntercomCompany.md", DefaultParameterSetName = AllSet, SupportsPaging = true)]
    [OutputType(typeof(Company))]
    public sealed class GetIntercomCompanyCommand : IntercomConnectedCmdlet
    {
        private const string AllSet = "All";
        private const string IdSet = "Id";
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

        [Parameter(ParameterSetName = IdSet)]
        public SwitchParameter NoCache { get; set; }

        protected override int LookupThrottleLimit => ThrottleLimit;

        protected override void ProcessRecord()
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

        protected override void EndProcessing()
        {
            CompleteLookups();
            if (ParameterSetName != AllSet) return;
            var companies = ActiveConnection.Companies;
            var skip = PagingParameters.Skip;
            var first = PagingParameters.First;
            RunEngineWork(async (sink, token) =>
            {
                ulong seen = 0, written = 0;
                Task Emit(IReadOnlyList<Company> page, CancellationToken _)
                {
                    foreach (var company in page)
                    {
                        if (written == first) break;
                        if (seen++ < skip) continue;
                        sink.WriteObject(Present(company));
                        written++;
                    }
                    return Task.CompletedTask;
                }
                // -First reads pages of the company list and stops when it has enough; all companies come through
                // the scroll API, which has no limit on how many it returns.
                var complete = first == ulong.MaxValue;
                if (complete) await companies.ScrollAsync(Emit, token).ConfigureAwait(false);
                else await companies.ListFirstAsync((long)Math.Min(first, (ulong)int.MaxValue) + (long)Math.Min(skip, (ulong)int.MaxValue), Emit, token).ConfigureAwait(false);
                if (PagingParameters.IncludeTotalCount) sink.WriteObject(PagingParameters.NewTotalCount(seen, complete ? 1.0 : 0.0));
            });
        }
    }
}
