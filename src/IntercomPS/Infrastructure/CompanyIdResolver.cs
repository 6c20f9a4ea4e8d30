using System.Collections.Concurrent;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Turns the company_id your systems gave a company into Intercom's id of it, which paths take. Each company_id
    /// is looked up once per command (GET /companies?company_id=), however many records name it: company_id cannot
    /// change, so the answer cannot go stale within a command, and attaching 500 contacts to one company costs one
    /// lookup. Lookups happen inside the engine work, so -WhatIf sends none.
    /// </summary>
    internal sealed class CompanyIdResolver
    {
        private readonly CompanyDirectory _companies;
        private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _ids = new ConcurrentDictionary<string, Lazy<Task<string>>>(StringComparer.Ordinal);

        public CompanyIdResolver(CompanyDirectory companies) => _companies = companies;

        public Task<string> IntercomIdAsync(string companyId, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(companyId)) throw new ArgumentException("The company_id is empty; give the id your systems gave the company.", nameof(companyId));
            // The first caller's token runs the lookup: every caller belongs to the same command, stopped together.
            return _ids.GetOrAdd(companyId.Trim(), id => new Lazy<Task<string>>(() => _companies.IntercomIdOfAsync(id, cancellationToken))).Value;
        }
    }
}
