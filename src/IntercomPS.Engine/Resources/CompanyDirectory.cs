using System.Net;
using System.Net.Http;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>Companies: by Intercom id, by your company_id, or all of them through the scroll API.</summary>
    public sealed class CompanyDirectory
    {
        private const int MaxScrollRestarts = 3;

        private readonly IntercomClient _client;
        private readonly ResourceClient _resources;

        // Intercom allows one open scroll per app; two at once (parallel runspaces sharing a connection) would fail.
        private readonly SemaphoreSlim _scrollGate = new SemaphoreSlim(1, 1);

        internal CompanyDirectory(IntercomClient client, ResourceClient resources)
        {
            _client = client;
            _resources = resources;
        }

        private static ResourceDescriptor<Company> Resource => IntercomResources.Companies;

        /// <summary>One company by Intercom id, from the session cache when it holds it (unless <paramref name="noCache"/>).</summary>
        public Task<Company> GetAsync(string id, CancellationToken cancellationToken, bool noCache = false) =>
            _resources.GetAsync(Resource, PathValues.Of(Resource.IdParameter, id), cancellationToken, noCache);

        /// <summary>Finds a company by the company_id your systems gave it (2.16 answers with a list of at most one).</summary>
        public async Task<Company> GetByCompanyIdAsync(string companyId, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(companyId)) throw new ArgumentException("The company_id is empty.", nameof(companyId));
            var request = new ApiRequest(HttpMethod.Get, "companies") { Route = "GET /companies?company_id" }.WithQuery("company_id", companyId.Trim());
            var (page, response) = await _client.SendAsync(request, (answer, body) => (IntercomJson.ReadListPage<Company>(body, ListItemsProperty.Data), answer), cancellationToken).ConfigureAwait(false);
            if (page.Items.Count > 0) return page.Items[0];
            throw new IntercomApiException(
                $"No company has the company_id '{companyId.Trim()}'. Check the id your systems gave the company, or list every company to find it.",
                HttpStatusCode.NotFound, request.RouteOrPath, response.RequestId, Array.Empty<IntercomError>(), response.Attempts);
        }

        /// <summary>
        /// Intercom's id of the company your systems call <paramref name="companyId"/>: the id that paths take
        /// (/companies/{id}/notes...), while company_id is only ever a body member or a query filter.
        /// </summary>
        public async Task<string> IntercomIdOfAsync(string companyId, CancellationToken cancellationToken)
        {
            var company = await GetByCompanyIdAsync(companyId, cancellationToken).ConfigureAwait(false);
            return company.Id ?? throw new IntercomJsonException($"Intercom answered the lookup of company_id '{companyId.Trim()}' with a company without an id.");
        }

        /// <summary>
        /// Streams the first companies (the limit of <paramref name="paging"/>), most recently active first, page by
        /// page (POST /companies/list, numbered pages). For a reader that stops early: unlike a scroll, stopping leaves
        /// nothing open on Intercom's side, so the next read of all companies is not refused with scroll_exists.
        /// </summary>
        public Task<PagingResult> ListFirstAsync(PagingOptions paging, IPageObserver<Company> observer, CancellationToken cancellationToken) =>
            _resources.ListAsync(Resource.Action("by_activity"), null, null, null, paging, observer, cancellationToken);

        /// <summary>
        /// Streams every company through the scroll API. A scroll that fails with a server error cannot be resumed
        /// (Intercom's documented behaviour), so it is restarted from the beginning; companies already handed over are
        /// skipped, so each arrives once.
        /// </summary>
        public async Task<PagingResult> ScrollAsync(IPageObserver<Company> observer, CancellationToken cancellationToken)
        {
            await _scrollGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var emitted = new HashSet<string>(StringComparer.Ordinal);
                long delivered = 0;
                var fresh = PageObserver.Transforming(observer, (page, _) =>
                {
                    var notYetEmitted = NotYetEmitted(page, emitted);
                    delivered += notYetEmitted.Count;
                    return Task.FromResult(notYetEmitted);
                });
                var scroll = Resource.Action("scroll");
                // A scroll's pages are handed out one after another on the server: asking for the next one early
                // gains nothing, and a reader that stops would leave one more page read for nothing.
                var paging = new PagingOptions { PrefetchNextPage = false };
                for (var restart = 0; ; restart++)
                {
                    try
                    {
                        var result = await _resources.ListAsync(scroll, null, null, null, paging, fresh, cancellationToken).ConfigureAwait(false);
                        return new PagingResult(delivered, result.PagesFetched, LimitReached: false, TotalCount: null);
                    }
                    catch (IntercomApiException ex) when (restart < MaxScrollRestarts && IsScrollBroken(ex))
                    {
                        RequestObserverScope.Current?.OnWait($"the company scroll broke ({ex.StatusCode}); restarting it from the beginning", TimeSpan.Zero);
                    }
                }
            }
            finally
            {
                _scrollGate.Release();
            }
        }

        private static IReadOnlyList<Company> NotYetEmitted(IReadOnlyList<Company> page, HashSet<string> emitted)
        {
            var fresh = new List<Company>(page.Count);
            foreach (var company in page)
            {
                if (company.Id == null || emitted.Add(company.Id)) fresh.Add(company);
            }
            return fresh;
        }

        private static bool IsScrollBroken(IntercomApiException exception) =>
            exception.StatusCode == null || (int)exception.StatusCode.Value >= 500 || exception.StatusCode == HttpStatusCode.NotFound;
    }

    /// <summary>
    /// The data attributes (standard and custom fields) of contacts and companies, and the conversation attributes
    /// (which API 2.16 serves from their own endpoint, GET /conversations/attributes).
    /// </summary>
    public sealed class DataAttributeCatalog
    {
        private readonly IntercomClient _client;

        internal DataAttributeCatalog(IntercomClient client) => _client = client;

        /// <param name="model">contact, company or conversation; null for the contact and company attributes.</param>
        public async Task<IReadOnlyList<DataAttribute>> ListAsync(string? model, bool includeArchived, CancellationToken cancellationToken)
        {
            var request = string.Equals(model, "conversation", StringComparison.OrdinalIgnoreCase)
                ? new ApiRequest(HttpMethod.Get, "conversations/attributes") { Route = "GET /conversations/attributes" }
                : new ApiRequest(HttpMethod.Get, "data_attributes") { Route = "GET /data_attributes" }.WithQuery("model", model);
            request.WithQuery("include_archived", includeArchived ? "true" : null);
            var attributes = (await _client.SendAsync(request, (_, body) => IntercomJson.ReadListPage<DataAttribute>(body, ListItemsProperty.Data), cancellationToken).ConfigureAwait(false)).Items;
            if (model != null)
            {
                // Conversation attributes carry no model field; give them the one they were asked for.
                foreach (var attribute in attributes) attribute.Model ??= model.ToLowerInvariant();
            }
            return attributes;
        }
    }
}
