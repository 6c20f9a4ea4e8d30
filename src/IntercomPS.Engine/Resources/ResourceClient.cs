using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>
    /// Sends any declared operation: gets, lists of every paging kind (through the one <see cref="CursorPager"/>),
    /// and changes with a JSON body. What differs between resources is their <see cref="ResourceDescriptor"/>, not code.
    /// </summary>
    public sealed class ResourceClient
    {
        private readonly IntercomClient _client;
        private readonly ObjectCache _cache;

        internal ResourceClient(IntercomClient client, ObjectCache cache)
        {
            _client = client;
            _cache = cache;
        }

        /// <summary>
        /// One object. From the session cache when the descriptor caches by id (unless <paramref name="noCache"/>);
        /// answers from other resources are never cached, because admins read them to decide changes.
        /// </summary>
        /// <param name="keepRaw">Keep the body verbatim in the object's <c>RawJson</c> (exports); always asks Intercom, since a cached object may not carry it.</param>
        public Task<T> GetAsync<T>(ResourceDescriptor<T> resource, IReadOnlyDictionary<string, string> pathValues, CancellationToken cancellationToken,
            bool noCache = false, bool keepRaw = false)
            where T : IntercomObject
        {
            var operation = resource.Get ?? throw new NotSupportedException($"{resource.Noun} cannot be read by id.");
            var request = operation.CreateRequest(pathValues);
            if (!resource.CachesById || keepRaw) return _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<T>(body, keepRaw), cancellationToken);
            return _cache.GetOrFetchAsync(ItemKey(resource, pathValues), token => _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<T>(body), token), noCache, cancellationToken);
        }

        /// <summary>
        /// The whole list of a resource Intercom returns in one answer, cached as one entry when the descriptor says so;
        /// each item is also cached by id, so later lookups by id cost nothing.
        /// </summary>
        public Task<IReadOnlyList<T>> ListWholeAsync<T>(ResourceDescriptor<T> resource, CancellationToken cancellationToken, bool noCache = false)
            where T : IntercomObject
        {
            var operation = resource.List is { Paging: PagingKind.WholeList } list
                ? list
                : throw new NotSupportedException($"{resource.Noun} is not listed whole.");
            if (!resource.CachesWholeList) return FetchWholeAsync(resource, operation, cancellationToken);
            return _cache.GetOrFetchAsync(CacheKeys.WholeListOf(operation.PathTemplate), token => FetchWholeAsync(resource, operation, token), noCache, cancellationToken);
        }

        private async Task<IReadOnlyList<T>> FetchWholeAsync<T>(ResourceDescriptor<T> resource, ApiOperation operation, CancellationToken cancellationToken)
            where T : IntercomObject
        {
            var items = (await _client.SendAsync(operation.CreateRequest(), (_, body) => IntercomJson.ReadListPage<T>(body, operation.ItemsMember!), cancellationToken).ConfigureAwait(false)).Items;
            if (!resource.CachesWholeList) return items;
            foreach (var item in items)
            {
                if (resource.IdOf(item) is string id) _cache.Set(CacheKeys.Of(ItemCollection(resource), id), item);
            }
            return items;
        }

        private static string ItemKey(ResourceDescriptor resource, IReadOnlyDictionary<string, string> pathValues) =>
            CacheKeys.Of(ItemCollection(resource), pathValues[resource.IdParameter]);

        /// <summary>
        /// The collection an object's cache key names: its get path without the id (<c>companies</c> for
        /// <c>companies/{company_id}</c>, though companies are listed through <c>companies/scroll</c>), so that every
        /// reader and every change of the module keys an object the same way.
        /// </summary>
        private static string ItemCollection(ResourceDescriptor resource)
        {
            var get = resource.Get?.PathTemplate;
            var idSuffix = "/{" + resource.IdParameter + "}";
            if (get != null && get.EndsWith(idSuffix, StringComparison.Ordinal)) return get.Substring(0, get.Length - idSuffix.Length);
            return resource.List?.PathTemplate ?? get ?? throw new NotSupportedException($"{resource.Noun} has no path to key its objects by.");
        }

        /// <summary>
        /// Streams a list operation page by page to <paramref name="observer"/>, whatever its paging kind: cursors,
        /// search cursors, page numbers and scroll parameters all become the continuation token of one pager, which
        /// prefetches a page ahead, honours the limit (-First) and stops on a repeated cursor.
        /// </summary>
        /// <param name="body">For a search, the body without its pagination (the pager adds it).</param>
        public Task<PagingResult> ListAsync<T>(ApiOperation operation, IReadOnlyDictionary<string, string>? pathValues,
            IEnumerable<KeyValuePair<string, string>>? query, IDictionary<string, object?>? body, PagingOptions paging,
            IPageObserver<T> observer, CancellationToken cancellationToken) where T : class
        {
            if (operation.Paging == PagingKind.None) throw new ArgumentException($"{operation} is not a list.", nameof(operation));
            if (operation.MaxPageSize is int max && paging.PageSize > max) paging.PageSize = max;
            return CursorPager.ForEachPageAsync<T>(
                (token, perPage, cancel) => FetchPageAsync<T>(operation, pathValues, query, body, token, perPage, cancel),
                observer, paging, cancellationToken);
        }

        private async Task<ListPage<T>> FetchPageAsync<T>(ApiOperation operation, IReadOnlyDictionary<string, string>? pathValues,
            IEnumerable<KeyValuePair<string, string>>? query, IDictionary<string, object?>? body, string? token, int perPage,
            CancellationToken cancellationToken) where T : class
        {
            var request = operation.CreateRequest(pathValues);
            if (query != null)
            {
                foreach (var pair in query) request.Query.Add(pair);
            }
            var pageSize = perPage.ToString(CultureInfo.InvariantCulture);
            switch (operation.Paging)
            {
                case PagingKind.Cursor:
                    request.WithQuery("per_page", pageSize).WithQuery("starting_after", token);
                    break;
                case PagingKind.PageNumber:
                    request.WithQuery("page", token ?? "1").WithQuery("per_page", pageSize);
                    break;
                case PagingKind.Scroll:
                    request.WithQuery("scroll_param", token);
                    break;
                case PagingKind.SearchCursor:
                    var pagination = new Dictionary<string, object?>(StringComparer.Ordinal) { ["per_page"] = perPage };
                    if (token != null) pagination["starting_after"] = token;
                    var withPage = body == null ? new Dictionary<string, object?>(StringComparer.Ordinal) : new Dictionary<string, object?>(body, StringComparer.Ordinal);
                    withPage["pagination"] = pagination;
                    body = withPage;
                    break;
            }
            if (body != null) request.JsonBody = IntercomJson.SerializeToUtf8(body);
            var page = await _client.SendAsync(request, (_, answer) => IntercomJson.ReadListPage<T>(answer, operation.ItemsMember!), cancellationToken).ConfigureAwait(false);
            page.NextCursor = NextToken(operation.Paging, page, token);
            page.CursorRepeats = operation.Paging == PagingKind.Scroll;
            return page;
        }

        /// <summary>The token that asks for the page after <paramref name="page"/>; null when it is the last.</summary>
        internal static string? NextToken<T>(PagingKind paging, ListPage<T> page, string? token)
        {
            switch (paging)
            {
                case PagingKind.Cursor:
                case PagingKind.SearchCursor:
                    return page.NextCursor;
                case PagingKind.PageNumber:
                    var current = page.Page ?? (token == null ? 1 : int.Parse(token, CultureInfo.InvariantCulture));
                    var more = page.TotalPages is int total ? current < total : page.NextPageUrl != null;
                    return more && page.Items.Count > 0 ? (current + 1).ToString(CultureInfo.InvariantCulture) : null;
                case PagingKind.Scroll:
                    return page.Items.Count > 0 && !string.IsNullOrEmpty(page.ScrollParam) ? page.ScrollParam : null;
                default:
                    return null;
            }
        }

        /// <summary>
        /// Sends a change or action and reads the answer as <typeparamref name="TResult"/> (a model, or
        /// <see cref="object"/> for plain values); a body-less answer (204, or 200 with nothing) gives default.
        /// </summary>
        public Task<TResult?> SendAsync<TResult>(ApiOperation operation, IReadOnlyDictionary<string, string>? pathValues,
            IEnumerable<KeyValuePair<string, string>>? query, IDictionary<string, object?>? body, CancellationToken cancellationToken)
        {
            var request = operation.CreateRequest(pathValues);
            if (query != null)
            {
                foreach (var pair in query) request.Query.Add(pair);
            }
            if (body != null) request.JsonBody = IntercomJson.SerializeToUtf8(body);
            return _client.SendAsync<TResult?>(request, (_, answer) => IsEmpty(answer)
                ? default
                : typeof(TResult) == typeof(object) ? (TResult?)IntercomJson.ToPlain(answer) : IntercomJson.Deserialize<TResult>(answer), cancellationToken);
        }

        /// <summary>Forgets what the cache holds for a resource after a change made through this module.</summary>
        public void Forget(ResourceDescriptor resource, IReadOnlyDictionary<string, string>? pathValues)
        {
            if (!resource.CachesById) return;
            if (pathValues != null && pathValues.ContainsKey(resource.IdParameter)) _cache.Remove(ItemKey(resource, pathValues));
            if (resource.CachesWholeList && resource.List != null) _cache.Remove(CacheKeys.WholeListOf(resource.List.PathTemplate));
        }

        private static bool IsEmpty(ArraySegment<byte> body)
        {
            for (var i = 0; i < body.Count; i++)
            {
                var b = body.Array![body.Offset + i];
                if (b != (byte)' ' && b != (byte)'\r' && b != (byte)'\n' && b != (byte)'\t') return false;
            }
            return true;
        }
    }
}
