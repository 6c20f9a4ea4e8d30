using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>
    /// A workspace collection that Intercom returns whole (admins, teams, tags, segments) and whose items can be
    /// fetched by id.
    /// </summary>
    public sealed class ResourceCollection<T> where T : IntercomObject
    {
        private readonly IntercomClient _client;
        private readonly ObjectCache _cache;
        private readonly string _path;
        private readonly string _itemsProperty;
        private readonly Func<T, string?> _idOf;

        internal ResourceCollection(IntercomClient client, ObjectCache cache, string path, string itemsProperty, Func<T, string?> idOf)
        {
            _idOf = idOf;
            _client = client;
            _cache = cache;
            _path = path;
            _itemsProperty = itemsProperty;
        }

        /// <summary>
        /// The whole collection, cached as one entry (these lists are small and looked at again and again); each item
        /// is also cached by id so later get-by-id lookups cost nothing.
        /// </summary>
        public Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken, bool noCache = false) =>
            _cache.GetOrFetchAsync(CacheKeys.WholeListOf(_path), FetchListAsync, noCache, cancellationToken);

        /// <summary>The item with this id from the whole list (one request for any number of ids); null when absent.</summary>
        public async Task<T?> FindInListAsync(string id, CancellationToken cancellationToken)
        {
            var all = await ListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var item in all)
            {
                if (string.Equals(_idOf(item), id, StringComparison.Ordinal)) return item;
            }
            return null;
        }

        private async Task<IReadOnlyList<T>> FetchListAsync(CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, _path) { Route = "GET /" + _path };
            var items = (await _client.SendAsync(request, (_, body) => IntercomJson.ReadListPage<T>(body, _itemsProperty), cancellationToken).ConfigureAwait(false)).Items;
            foreach (var item in items)
            {
                var id = _idOf(item);
                if (id != null) _cache.Set(CacheKeys.Of(_path, id), item);
            }
            return items;
        }

        /// <summary>Forgets the item and the cached whole list, after a change made through this module.</summary>
        public void Evict(string id)
        {
            _cache.Remove(CacheKeys.Of(_path, id));
            _cache.Remove(CacheKeys.WholeListOf(_path));
        }


        /// <summary>One item by id, from the session cache when it holds it (unless <paramref name="noCache"/>).</summary>
        public Task<T> GetAsync(string id, CancellationToken cancellationToken, bool noCache = false) =>
            _cache.GetOrFetchAsync(CacheKeys.Of(_path, id), token => FetchAsync(id, token), noCache, cancellationToken);

        private async Task<T> FetchAsync(string id, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, _path + "/" + ResourcePaths.Segment(id)) { Route = $"GET /{_path}/{{id}}" };
            return await _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<T>(body), cancellationToken).ConfigureAwait(false);
        }
    }

    internal static class CacheKeys
    {
        public static string Of(string collection, string id) => collection + ":" + id.Trim();

        /// <summary>The key of a whole collection; '*' never starts an id, so it cannot collide with one.</summary>
        public static string WholeListOf(string collection) => collection + ":*";
    }

    /// <summary>The one place that puts ids into request paths.</summary>
    public static class ResourcePaths
    {
        /// <summary>
        /// Escapes an id for use as one path segment, so an id can never address another route: every character that
        /// means something in a URI ('/', '?', '#', '%') is escaped, and ids that are dot segments, which URI parsers and
        /// servers remove ('.' would name the parent collection, '..' the one above it), are refused before anything is sent.
        /// </summary>
        public static string Segment(string id) => Uri.EscapeDataString(EnsureSegment(id));

        /// <summary>
        /// The trimmed id, or an <see cref="ArgumentException"/> when it cannot be one path segment. For callers that
        /// must refuse a bad id before sending anything else first (a lookup the change depends on).
        /// </summary>
        public static string EnsureSegment(string id)
        {
            if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("The id is empty; pass the id of an existing object.", nameof(id));
            var trimmed = id.Trim();
            if (trimmed == "." || trimmed == "..")
            {
                throw new ArgumentException($"'{trimmed}' is not an id: as a path segment it would address another route. Pass the id of an existing object; nothing was sent.", nameof(id));
            }
            return trimmed;
        }
    }
}
