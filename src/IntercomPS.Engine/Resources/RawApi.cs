using System.Globalization;
using System.Net.Http;
using System.Text;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>
    /// Any endpoint the typed cmdlets do not wrap, with the same auth, retries and rate limiting. Answers are plain
    /// .NET values (dictionaries, lists, primitives).
    /// </summary>
    public sealed class RawApi
    {
        private readonly IntercomClient _client;

        internal RawApi(IntercomClient client) => _client = client;

        /// <param name="method">GET, POST, PUT, DELETE or PATCH.</param>
        /// <param name="path">Relative to the API root, e.g. "contacts/123" or "/conversations/search".</param>
        /// <param name="query">Query string parameters, or null.</param>
        /// <param name="body">A plain object graph (serialized as JSON), JSON text, or null.</param>
        public async Task<object?> SendAsync(string method, string path, IEnumerable<KeyValuePair<string, string>>? query, object? body, CancellationToken cancellationToken)
        {
            return await _client.SendAsync(BuildRequest(method, path, query, BodyBytes(body)), (_, answer) => IntercomJson.ToPlain(answer), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Reads every page of a list answer and hands each page's items to <paramref name="observer"/>, whatever way
        /// the answer pages: a cursor (<c>pages.next.starting_after</c>, sent back as the <c>starting_after</c> query
        /// parameter, or as <c>pagination.starting_after</c> in the body of a POST search), numbered pages
        /// (<c>pages.page</c> and <c>pages.total_pages</c>, or a <c>pages.next</c> URL: the <c>page</c> query
        /// parameter), a <c>pages.next</c> URL on the connection's own API root (followed as given), or a scroll
        /// (<c>scroll_param</c>, until a page comes back empty). Pages go through the one <see cref="CursorPager"/>.
        /// </summary>
        /// <returns>
        /// What was read; <see cref="RawPagingResult.Unfollowed"/> says why reading stopped when an answer said more
        /// pages follow but not how to ask for them.
        /// </returns>
        public async Task<RawPagingResult> PaginateAsync(string method, string path, IEnumerable<KeyValuePair<string, string>>? query, object? body,
            IPageObserver<object?> observer, CancellationToken cancellationToken)
        {
            var walk = new RawPageWalk(this, method, path, query, body is string text ? IntercomJson.ToPlain(text) : body);
            // The caller's per_page stays as given: the page size is not the pager's to choose here.
            var paging = new PagingOptions { TimeProvider = _client.Options.TimeProvider };
            var result = await CursorPager.ForEachPageAsync<object?>(walk.FetchAsync, observer, paging, cancellationToken).ConfigureAwait(false);
            return new RawPagingResult(result.ItemsDelivered, result.PagesFetched, walk.Unfollowed);
        }

        /// <summary>One <see cref="PaginateAsync"/>: the request each continuation token stands for, and the token each answer gives.</summary>
        private sealed class RawPageWalk
        {
            private readonly RawApi _api;
            private readonly string _method;
            private readonly string _path;
            private readonly List<KeyValuePair<string, string>> _query;
            private readonly object? _body;
            private readonly bool _isSearch;
            private RawPaging _paging = RawPaging.Unknown;

            public RawPageWalk(RawApi api, string method, string path, IEnumerable<KeyValuePair<string, string>>? query, object? body)
            {
                _api = api;
                _method = method;
                _path = path;
                _query = query?.ToList() ?? new List<KeyValuePair<string, string>>();
                _body = body;
                _isSearch = string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase) && path.TrimEnd('/').EndsWith("/search", StringComparison.OrdinalIgnoreCase);
            }

            /// <summary>Why reading stopped before the list's end, or null.</summary>
            public string? Unfollowed { get; private set; }

            public async Task<ListPage<object?>> FetchAsync(string? token, int perPage, CancellationToken cancellationToken)
            {
                var request = token == null ? _api.BuildRequest(_method, _path, _query, BodyBytes(_body)) : RequestFor(token);
                var answer = await _api._client.SendAsync(request, (_, bytes) => IntercomJson.ToPlain(bytes), cancellationToken).ConfigureAwait(false);
                if (answer is List<object?> array) return new ListPage<object?>(array);
                var page = answer as IDictionary<string, object?>;
                var items = page == null ? null : ItemsOf(page);
                if (page == null || items == null)
                {
                    Stop($"{Describe()} answered without a list of items, so there are no pages to follow; read it without paging");
                    return new ListPage<object?>(page == null ? Array.Empty<object?>() : new object?[] { page });
                }
                var next = items.Count == 0 ? null : NextToken(page);
                return new ListPage<object?>(items) { NextCursor = next, CursorRepeats = _paging == RawPaging.Scroll };
            }

            private ApiRequest RequestFor(string token)
            {
                switch (_paging)
                {
                    case RawPaging.Cursor when _isSearch:
                        return _api.BuildRequest(_method, _path, _query, BodyBytes(WithCursor(_body, token)));
                    case RawPaging.Cursor:
                        return _api.BuildRequest(_method, _path, Replacing(_query, "starting_after", token), BodyBytes(_body));
                    case RawPaging.PageNumber:
                        return _api.BuildRequest(_method, _path, Replacing(_query, "page", token), BodyBytes(_body));
                    case RawPaging.Scroll:
                        return _api.BuildRequest(_method, _path, Replacing(_query, "scroll_param", token), BodyBytes(_body));
                    case RawPaging.NextUrl:
                        // The URL carries the whole query of the next page.
                        return _api.BuildRequest(_method, token, null, BodyBytes(_body));
                    default:
                        throw new InvalidOperationException("A continuation token came before the answer said how the list pages.");
                }
            }

            /// <summary>The token of the page after <paramref name="page"/>, recording how the list pages; null on the last page.</summary>
            private string? NextToken(IDictionary<string, object?> page)
            {
                if (page.TryGetValue("scroll_param", out var scroll) && scroll is string scrollParam && scrollParam.Length > 0)
                {
                    return Follow(RawPaging.Scroll, scrollParam);
                }
                var pages = page.TryGetValue("pages", out var value) ? value as IDictionary<string, object?> : null;
                var next = pages != null && pages.TryGetValue("next", out var n) ? n : null;
                if (next is IDictionary<string, object?> nextObject && nextObject.TryGetValue("starting_after", out var cursor) && cursor is string s && s.Length > 0)
                {
                    return Follow(RawPaging.Cursor, s);
                }
                // Numbered pages: pages.page of pages.total_pages (some lists put both at the top level).
                var numbers = pages ?? page;
                if (Number(numbers, "page") is long current && Number(numbers, "total_pages") is long total)
                {
                    return current < total ? Follow(RawPaging.PageNumber, (current + 1).ToString(CultureInfo.InvariantCulture)) : null;
                }
                if (next is string url && url.Length > 0)
                {
                    if (PageParameter(url) is string pageNumber) return Follow(RawPaging.PageNumber, pageNumber);
                    if (_api.RelativeToRoot(url) is string relative) return Follow(RawPaging.NextUrl, relative);
                    return Stop($"{Describe()} gives its next page as '{url}', which is not on the connection's API root; the token is never sent anywhere else");
                }
                if (next is IDictionary<string, object?> other && Number(other, "page") is long nextPage)
                {
                    return Follow(RawPaging.PageNumber, nextPage.ToString(CultureInfo.InvariantCulture));
                }
                if (next != null || (page.TryGetValue("has_more", out var more) && more is bool hasMore && hasMore))
                {
                    return Stop($"{Describe()} says more pages follow but not how to ask for them (no pages.next.starting_after, page number, next URL or scroll_param)");
                }
                return null;
            }

            // Each answer says how to ask for the next one, and the request after it is built the way it says.
            private string Follow(RawPaging paging, string token)
            {
                _paging = paging;
                return token;
            }

            private string? Stop(string why)
            {
                Unfollowed = why + "; only the pages read so far were returned.";
                return null;
            }

            private string Describe() => _method.ToUpperInvariant() + " /" + _path.TrimStart('/');

            private static List<KeyValuePair<string, string>> Replacing(List<KeyValuePair<string, string>> query, string name, string value)
            {
                var replaced = query.Where(pair => !string.Equals(pair.Key, name, StringComparison.Ordinal)).ToList();
                replaced.Add(new KeyValuePair<string, string>(name, value));
                return replaced;
            }

            private static long? Number(IDictionary<string, object?> values, string name) =>
                values.TryGetValue(name, out var value) ? value switch
                {
                    long number => number,
                    int number => number,
                    double number when Math.Floor(number) == number => (long)number,
                    string text when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
                    _ => null,
                } : null;

            /// <summary>The <c>page</c> query parameter of a next-page URL, when it has one.</summary>
            private static string? PageParameter(string url)
            {
                foreach (var pair in ResourceClient.QueryOfLink(url))
                {
                    if (pair.Key == "page" && long.TryParse(pair.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1) return pair.Value;
                }
                return null;
            }
        }

        private enum RawPaging
        {
            Unknown,
            Cursor,
            PageNumber,
            NextUrl,
            Scroll,
        }

        /// <summary>A URL under the connection's API root as a path relative to it (query included); null for any other URL.</summary>
        private string? RelativeToRoot(string url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var absolute)) return null;
            var root = _client.BaseUri;
            if (!string.Equals(absolute.Scheme, root.Scheme, StringComparison.OrdinalIgnoreCase) ||
                !string.Equals(absolute.Host, root.Host, StringComparison.OrdinalIgnoreCase) ||
                absolute.Port != root.Port || absolute.UserInfo.Length > 0 ||
                !absolute.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal))
            {
                return null;
            }
            return absolute.PathAndQuery.Substring(root.AbsolutePath.Length);
        }

        private ApiRequest BuildRequest(string method, string path, IEnumerable<KeyValuePair<string, string>>? query, byte[]? body)
        {
            if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("The path is empty; give one relative to the API root, e.g. 'contacts'.", nameof(path));
            // The path is taken as given: the transport resolves it against the API root and refuses anything that leaves it.
            var request = new ApiRequest(new HttpMethod(method.ToUpperInvariant()), path) { JsonBody = body };
            // Searches read; every other POST may create something and so follows the no-duplicate retry rule.
            if (request.Method == HttpMethod.Post && request.Path.EndsWith("/search", StringComparison.OrdinalIgnoreCase))
            {
                request.Safety = RequestSafety.Idempotent;
            }
            if (query != null)
            {
                foreach (var pair in query) request.Query.Add(pair);
            }
            return request;
        }

        private static byte[]? BodyBytes(object? body) =>
            body == null ? null : body is string text ? Encoding.UTF8.GetBytes(text) : IntercomJson.SerializeToUtf8(body);

        private static object WithCursor(object? body, string cursor)
        {
            var copy = body is IDictionary<string, object?> map
                ? new Dictionary<string, object?>(map, StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal);
            var pagination = copy.TryGetValue("pagination", out var existing) && existing is IDictionary<string, object?> p
                ? new Dictionary<string, object?>(p, StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal);
            pagination["starting_after"] = cursor;
            copy["pagination"] = pagination;
            return copy;
        }

        /// <summary>
        /// The page's item array: <c>data</c>, or else the one array-valued member other than errors (conversations,
        /// admins...). Null when the answer is not a list page (no list type, pages, total_count or scroll_param): an
        /// object's own arrays (an admin's team_ids) are not items.
        /// </summary>
        internal static IReadOnlyList<object?>? ItemsOf(IDictionary<string, object?> page)
        {
            if (page.TryGetValue("data", out var data) && data is List<object?> dataItems) return dataItems;
            var isList = page.ContainsKey("pages") || page.ContainsKey("total_count") || page.ContainsKey("scroll_param") || page.ContainsKey("has_more") ||
                         (page.TryGetValue("type", out var type) && type is string name && (name == "list" || name.EndsWith(".list", StringComparison.Ordinal)));
            if (!isList) return null;
            IReadOnlyList<object?>? items = null;
            foreach (var pair in page)
            {
                if (pair.Key == "errors" || !(pair.Value is List<object?> array)) continue;
                if (items != null) return null;
                items = array;
            }
            return items;
        }
    }

    /// <summary>What one <see cref="RawApi.PaginateAsync"/> read.</summary>
    /// <param name="Unfollowed">Why reading stopped although the last answer said more pages follow; null when the list was read to its end.</param>
    public sealed record RawPagingResult(long Items, int Pages, string? Unfollowed);
}
