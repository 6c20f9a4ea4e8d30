using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Search;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>Contacts (users and leads): by id, external id or email, every one, or searched and by date range.</summary>
    public sealed class ContactService
    {
        public const int MaxPageSize = 150;

        private readonly IntercomClient _client;
        private readonly ObjectCache _cache;
        private readonly SearchEndpoint<Contact> _search;

        internal ContactService(IntercomClient client, ObjectCache cache)
        {
            _client = client;
            _cache = cache;
            _search = new SearchEndpoint<Contact>(client, IntercomResources.Contacts);
        }

        public IEnumerable<string> DateFields => _search.DateFields;

        /// <summary>One contact by id, from the session cache when it holds it (unless <paramref name="noCache"/>).</summary>
        public Task<Contact> GetAsync(string id, CancellationToken cancellationToken, bool noCache = false) =>
            _cache.GetOrFetchAsync(CacheKeys.Of("contacts", id), token => FetchAsync(id, token), noCache, cancellationToken);

        private async Task<Contact> FetchAsync(string id, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, "contacts/" + ResourcePaths.Segment(id)) { Route = "GET /contacts/{id}" };
            return await _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<Contact>(body), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The contact your systems identify by <paramref name="externalId"/>.</summary>
        public async Task<Contact> GetByExternalIdAsync(string externalId, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, "contacts/find_by_external_id/" + ResourcePaths.Segment(externalId))
            {
                Route = "GET /contacts/find_by_external_id/{external_id}",
            };
            return await _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<Contact>(body), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Every contact, page by page (GET /contacts, cursor).</summary>
        public Task<PagingResult> ListAsync(PagingOptions paging, Func<IReadOnlyList<Contact>, CancellationToken, Task> onPage, CancellationToken cancellationToken) =>
            CursorPager.ForEachPageAsync(
                async (cursor, perPage, token) =>
                {
                    var request = new ApiRequest(HttpMethod.Get, "contacts") { Route = "GET /contacts" }
                        .WithQuery("per_page", perPage.ToString(System.Globalization.CultureInfo.InvariantCulture))
                        .WithQuery("starting_after", cursor);
                    return await _client.SendAsync(request, (_, body) => IntercomJson.ReadListPage<Contact>(body, ListItemsProperty.Data), token).ConfigureAwait(false);
                },
                onPage, paging, cancellationToken);

        public Task<RangeReadResult?> SearchAsync(SearchRequest request, IRangeObserver<Contact> observer, CancellationToken cancellationToken) =>
            _search.RunAsync(request, observer, _client.Options.TimeProvider, cancellationToken);

        public string DescribeQuery(SearchRequest request) => ConversationService.DescribeFirstQuery(_search, request, _client.Options.TimeProvider);

        /// <summary>A query matching contacts by exact email (emails are unique per role, so this may find a user and a lead).</summary>
        public static SearchQuery EmailQuery(string email) =>
            new SearchQuery(new SearchFilter("email", SearchOperators.Equal, email));
    }
}
