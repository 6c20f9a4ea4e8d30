using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
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

        // Intercom allows one open scroll per app; two at once (parallel runspaces sharing a connection) would fail.
        private readonly SemaphoreSlim _scrollGate = new SemaphoreSlim(1, 1);

        private readonly ObjectCache _cache;

        internal CompanyDirectory(IntercomClient client, ObjectCache cache)
        {
            _client = client;
            _cache = cache;
        }

        /// <summary>One company by Intercom id, from the session cache when it holds it (unless <paramref name="noCache"/>).</summary>
        public Task<Company> GetAsync(string id, CancellationToken cancellationToken, bool noCache = false) =>
            _cache.GetOrFetchAsync(CacheKeys.Of("companies", id), token => FetchAsync(id, token), noCache, cancellationToken);

        private async Task<Company> FetchAsync(string id, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, "companies/" + ResourcePaths.Segment(id)) { Route = "GET /companies/{id}" };
            return await _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<Company>(body), cancellationToken).ConfigureAwait(false);
        }

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
        /// Streams the first <paramref name="limit"/> companies, most recently active first, page by page
        /// (POST /companies/list). For -First: unlike a scroll, stopping early leaves nothing open on Intercom's side,
        /// so the next read of all companies is not refused with scroll_exists.
        /// </summary>
        public async Task ListFirstAsync(long limit, Func<IReadOnlyList<Company>, CancellationToken, Task> onPage, CancellationToken cancellationToken)
        {
            const int MaxPerPage = 50;
            var perPage = (int)Math.Min(limit, MaxPerPage);
            long read = 0;
            for (var pageNumber = 1; read < limit; pageNumber++)
            {
                var request = new ApiRequest(HttpMethod.Post, "companies/list") { Route = "POST /companies/list" }
                    .WithQuery("page", pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .WithQuery("per_page", perPage.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var page = IntercomJson.ReadListPage<Company>(response.Body, ListItemsProperty.Data);
                if (page.Items.Count == 0) return;
                read += page.Items.Count;
                await onPage(page.Items, cancellationToken).ConfigureAwait(false);
                if (page.TotalPages != null && pageNumber >= page.TotalPages) return;
            }
        }

        /// <summary>
        /// Streams every company through the scroll API. A scroll that fails with a server error cannot be resumed
        /// (Intercom's documented behaviour), so it is restarted from the beginning; companies already emitted are
        /// skipped, so each arrives once.
        /// </summary>
        public async Task ScrollAsync(Func<IReadOnlyList<Company>, CancellationToken, Task> onPage, CancellationToken cancellationToken)
        {
            await _scrollGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var emitted = new HashSet<string>(StringComparer.Ordinal);
                for (var restart = 0; ; restart++)
                {
                    try
                    {
                        await ScrollOnceAsync(emitted, onPage, cancellationToken).ConfigureAwait(false);
                        return;
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

        private async Task ScrollOnceAsync(HashSet<string> emitted, Func<IReadOnlyList<Company>, CancellationToken, Task> onPage, CancellationToken cancellationToken)
        {
            string? scrollParam = null;
            while (true)
            {
                var request = new ApiRequest(HttpMethod.Get, "companies/scroll") { Route = "GET /companies/scroll" }.WithQuery("scroll_param", scrollParam);
                var page = await _client.SendAsync(request, (_, body) => IntercomJson.ReadListPage<Company>(body, "data"), cancellationToken).ConfigureAwait(false);
                if (page.Items.Count == 0) return;
                var fresh = new List<Company>(page.Items.Count);
                foreach (var company in page.Items)
                {
                    if (company.Id == null || emitted.Add(company.Id)) fresh.Add(company);
                }
                if (fresh.Count > 0) await onPage(fresh, cancellationToken).ConfigureAwait(false);
                if (string.IsNullOrEmpty(page.ScrollParam)) return;
                scrollParam = page.ScrollParam;
            }
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
