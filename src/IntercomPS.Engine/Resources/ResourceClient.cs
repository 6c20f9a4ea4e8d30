using System.Globalization;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Ranges;
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
            if (resource.Get == null && resource.List is { Paging: PagingKind.WholeList })
            {
                return FindInWholeListAsync(resource, pathValues, cancellationToken, noCache);
            }
            var operation = resource.Get ?? throw new NotSupportedException($"{resource.Noun} cannot be read by id.");
            var request = operation.CreateRequest(pathValues);
            if (!resource.CachesById || keepRaw) return _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<T>(body, keepRaw), cancellationToken);
            return _cache.GetOrFetchAsync(ItemKey(resource, pathValues), token => _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<T>(body), token), noCache, cancellationToken);
        }

        /// <summary>
        /// One object read by another operation of its resource than its get (an article's staged draft); never cached.
        /// </summary>
        public Task<T> GetAsync<T>(ApiOperation operation, IReadOnlyDictionary<string, string> pathValues, IEnumerable<KeyValuePair<string, string>>? query,
            CancellationToken cancellationToken) where T : IntercomObject
        {
            if (operation == null) throw new ArgumentNullException(nameof(operation));
            var request = operation.CreateRequest(pathValues);
            if (query != null)
            {
                foreach (var pair in query) request.Query.Add(pair);
            }
            return _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<T>(body), cancellationToken);
        }

        /// <summary>
        /// One object of a resource Intercom lists whole but has no address for (subscription types): found in the
        /// whole list, which is one request for any number of ids; an id the list lacks is a 404 like any other.
        /// </summary>
        private async Task<T> FindInWholeListAsync<T>(ResourceDescriptor<T> resource, IReadOnlyDictionary<string, string> pathValues,
            CancellationToken cancellationToken, bool noCache) where T : IntercomObject
        {
            var id = ResourcePaths.EnsureSegment(pathValues[resource.IdParameter]);
            foreach (var item in await ListWholeAsync(resource, cancellationToken, noCache).ConfigureAwait(false))
            {
                if (string.Equals(resource.IdOf(item), id, StringComparison.Ordinal)) return item;
            }
            var route = resource.List!.Route;
            throw new IntercomApiException($"No {resource.Noun} has the id '{id}': {route} does not list it.",
                System.Net.HttpStatusCode.NotFound, route, null, Array.Empty<IntercomError>(), 1);
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
                if (resource.IdOf(item) is string id) _cache.Set(ItemKey(resource, id), item);
            }
            return items;
        }

        private static string ItemKey(ResourceDescriptor resource, IReadOnlyDictionary<string, string> pathValues) =>
            ItemKey(resource, pathValues[resource.IdParameter]);

        private static string ItemKey(ResourceDescriptor resource, string id) => CacheKeys.Of(ItemCollection(resource), id);

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
            // A next link carries the whole query of the next page (the filters included); only its query is used.
            var pageQuery = operation.Paging == PagingKind.NextLink && token != null ? QueryOfLink(token) : query;
            if (pageQuery != null)
            {
                foreach (var pair in pageQuery) request.Query.Add(pair);
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
                case PagingKind.QueryCursor:
                    request.WithQuery("per_page", pageSize).WithQuery("cursor", token);
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
                case PagingKind.QueryCursor:
                    var next = page.AdditionalProperties.TryGetValue("next_cursor", out var cursor) ? cursor as string : null;
                    return page.Items.Count > 0 && page.HasMore != false && !string.IsNullOrEmpty(next) ? next : null;
                case PagingKind.NextLink:
                    return page.Items.Count > 0 && !string.IsNullOrEmpty(page.NextPageUrl) ? page.NextPageUrl : null;
                default:
                    return null;
            }
        }

        /// <summary>The query of a next-page link as name/value pairs (absolute or relative link; no query gives none).</summary>
        internal static List<KeyValuePair<string, string>> QueryOfLink(string link)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            var start = link.IndexOf('?');
            if (start < 0) return pairs;
            var end = link.IndexOf('#', start);
            var query = end < 0 ? link.Substring(start + 1) : link.Substring(start + 1, end - start - 1);
            foreach (var part in query.Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = part.IndexOf('=');
                var name = equals < 0 ? part : part.Substring(0, equals);
                var value = equals < 0 ? string.Empty : part.Substring(equals + 1);
                pairs.Add(new KeyValuePair<string, string>(Unescape(name), Unescape(value)));
            }
            return pairs;
        }

        private static string Unescape(string component) => Uri.UnescapeDataString(component.Replace('+', ' '));

        /// <summary>
        /// Reads a list that its query bounds by date (<see cref="ResourceDescriptor{T}.ListsByDate"/>) from
        /// <see cref="SearchRequest.Since"/> to <see cref="SearchRequest.Until"/> (now when not given), window by
        /// window as <see cref="SearchRequest.ChunkDays"/> plans them, through the same <see cref="ChunkedRangeReader{T}"/>
        /// as the searches: each window's bounds are widened to the second and its items kept exactly, each item once.
        /// </summary>
        public async Task<RangeReadResult?> ListRangeAsync<T>(ResourceDescriptor<T> resource, SearchRequest request, IPageObserver<T> observer,
            CancellationToken cancellationToken) where T : IntercomObject
        {
            var operation = resource.List ?? throw new NotSupportedException($"{resource.Noun} has no list.");
            var range = resource.ListDateRange ?? throw new NotSupportedException($"{resource.Noun} is not listed by date.");
            var since = request.Since ?? throw new ArgumentException($"{operation} needs the start of the date range.", nameof(request));
            var until = request.Until ?? _client.Clock.GetUtcNow();
            var windows = request.Windows ?? DateWindowPlanner.Plan(since, until, request.ChunkDays);
            if (windows.Count == 0) return null;
            var reader = new ChunkedRangeReader<T>(
                (window, cursor, perPage, token) =>
                {
                    var bounds = BoundaryPolicy.SecondPrecision.BoundsFor(window);
                    var query = new[]
                    {
                        new KeyValuePair<string, string>(range.After, bounds.After.ToString(CultureInfo.InvariantCulture)),
                        new KeyValuePair<string, string>(range.Before, bounds.Before.ToString(CultureInfo.InvariantCulture)),
                    };
                    return FetchPageAsync<T>(operation, null, query, null, cursor, perPage, token);
                },
                item => resource.IdOf(item),
                resource.DateOf!);
            var options = new PagingOptions { ThrottleLimit = request.ThrottleLimit, PageSize = request.PageSize, Limit = request.Limit, TimeProvider = _client.Clock };
            return await reader.ReadAsync(windows, observer, options, cancellationToken).ConfigureAwait(false);
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

        /// <summary>
        /// Downloads the body of <paramref name="operation"/> (a file, not JSON) to <paramref name="path"/>, crash-safe:
        /// written to a temporary file beside it, flushed to disk, then renamed over <paramref name="path"/> in one
        /// step, so the path holds either its old content or the whole download, never a part. A retried attempt
        /// starts the temporary file again. Redirects are not followed (the transport's rule: the token never goes to
        /// another host), so a download that redirects fails with the redirect's Location in the error.
        /// </summary>
        /// <returns>The number of bytes written.</returns>
        public async Task<long> DownloadAsync(ApiOperation operation, IReadOnlyDictionary<string, string>? pathValues, string path,
            CancellationToken cancellationToken, string accept = "application/octet-stream")
        {
            if (string.IsNullOrEmpty(path)) throw new ArgumentException("The download needs a file path.", nameof(path));
            var target = System.IO.Path.GetFullPath(path);
            var directory = System.IO.Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{target}' is not a file path.", nameof(path));
            var temporary = System.IO.Path.Combine(directory, "." + System.IO.Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".partial");
            var request = operation.CreateRequest(pathValues);
            request.Accept = accept;
            try
            {
                var length = await _client.SendAsync(request, (_, body) =>
                {
                    using (var file = new System.IO.FileStream(temporary, System.IO.FileMode.Create, System.IO.FileAccess.Write, System.IO.FileShare.None))
                    {
                        file.Write(body.Array!, body.Offset, body.Count);
                        file.Flush(true);
                    }
                    return (long)body.Count;
                }, cancellationToken).ConfigureAwait(false);
                if (System.IO.File.Exists(target)) System.IO.File.Replace(temporary, target, null);
                else System.IO.File.Move(temporary, target);
                return length;
            }
            finally
            {
                if (System.IO.File.Exists(temporary)) System.IO.File.Delete(temporary);
            }
        }

        /// <summary>
        /// Keeps the object a change answered with in the session cache, under the key its reads look for, when the
        /// resource caches by id: a Get right after the change sees it without asking Intercom again.
        /// </summary>
        internal void Remember<T>(ResourceDescriptor<T> resource, string id, T item) where T : IntercomObject
        {
            if (resource.CachesById) _cache.Set(ItemKey(resource, id), item);
        }

        /// <summary>Forgets what the cache holds for a resource after a change made through this module.</summary>
        /// <remarks>
        /// The item is forgotten even when the descriptor does not cache its whole list: services of their own may
        /// cache items by the same key (companies by id).
        /// </remarks>
        public void Forget(ResourceDescriptor resource, IReadOnlyDictionary<string, string>? pathValues)
        {
            if (pathValues != null && pathValues.ContainsKey(resource.IdParameter) && (resource.List ?? resource.Get) != null)
            {
                _cache.Remove(ItemKey(resource, pathValues));
            }
            if (resource.CachesWholeList && resource.List != null) _cache.Remove(CacheKeys.WholeListOf(resource.List.PathTemplate));
        }

        /// <summary>
        /// Forgets every cached object the placeholder values name: the object a change was made to, and its parents,
        /// whose embedded lists (a contact's companies, tags, notes) a change under them makes stale.
        /// </summary>
        public void ForgetNamed(IReadOnlyDictionary<string, string> pathValues)
        {
            foreach (var resource in IntercomResources.All)
            {
                if (pathValues.ContainsKey(resource.IdParameter)) Forget(resource, pathValues);
            }
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
