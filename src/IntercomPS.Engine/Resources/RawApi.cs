using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Json;
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
        /// Follows pages.next.starting_after (as the starting_after query parameter for GET, or pagination.starting_after
        /// in the body for POST searches) and hands each page's items to <paramref name="onItems"/>.
        /// </summary>
        public async Task PaginateAsync(string method, string path, IEnumerable<KeyValuePair<string, string>>? query, object? body,
            Func<IReadOnlyList<object?>, CancellationToken, Task> onItems, CancellationToken cancellationToken)
        {
            var baseQuery = query?.ToList() ?? new List<KeyValuePair<string, string>>();
            var bodyObject = body is string text ? IntercomJson.ToPlain(text) : body;
            var isPost = string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase);
            string? cursor = null;
            var seenCursors = new HashSet<string>(StringComparer.Ordinal);
            do
            {
                var pageQuery = new List<KeyValuePair<string, string>>(baseQuery);
                var pageBody = bodyObject;
                if (cursor != null)
                {
                    if (isPost) pageBody = WithCursor(bodyObject, cursor);
                    else pageQuery.Add(new KeyValuePair<string, string>("starting_after", cursor));
                }
                var page = await _client.SendAsync(BuildRequest(method, path, pageQuery, BodyBytes(pageBody)),
                    (_, answer) => IntercomJson.ToPlain(answer) as IDictionary<string, object?>, cancellationToken).ConfigureAwait(false);
                if (page == null) return;
                await onItems(ItemsOf(page), cancellationToken).ConfigureAwait(false);
                cursor = NextCursorOf(page);
                if (cursor != null && !seenCursors.Add(cursor))
                {
                    throw new InvalidOperationException($"{method} /{path.TrimStart('/')} returned the cursor '{cursor}' twice; stopping rather than looping.");
                }
            }
            while (cursor != null);
        }

        private static ApiRequest BuildRequest(string method, string path, IEnumerable<KeyValuePair<string, string>>? query, byte[]? body)
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

        /// <summary>The page's item array: the one array-valued property other than errors (data, conversations, ...).</summary>
        internal static IReadOnlyList<object?> ItemsOf(IDictionary<string, object?> page)
        {
            foreach (var pair in page)
            {
                if (pair.Key != "errors" && pair.Value is List<object?> items) return items;
            }
            return Array.Empty<object?>();
        }

        internal static string? NextCursorOf(IDictionary<string, object?> page) =>
            page.TryGetValue("pages", out var pages) && pages is IDictionary<string, object?> p &&
            p.TryGetValue("next", out var next) && next is IDictionary<string, object?> n &&
            n.TryGetValue("starting_after", out var cursor) && cursor is string s && s.Length > 0
                ? s
                : null;
    }
}
