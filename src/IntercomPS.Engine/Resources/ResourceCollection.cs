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

        internal ResourceCollection(IntercomClient client, ObjectCache cache, string path, string itemsProperty)
        {
            _client = client;
            _cache = cache;
            _path = path;
            _itemsProperty = itemsProperty;
        }

        public async Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, _path) { Route = "GET /" + _path };
            var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return IntercomJson.ReadListPage<T>(response.Body, _itemsProperty).Items;
        }

        /// <summary>One item by id, from the session cache when it holds it (unless <paramref name="noCache"/>).</summary>
        public Task<T> GetAsync(string id, CancellationToken cancellationToken, bool noCache = false) =>
            _cache.GetOrFetchAsync(CacheKeys.Of(_path, id), token => FetchAsync(id, token), noCache, cancellationToken);

        private async Task<T> FetchAsync(string id, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, _path + "/" + ResourcePaths.Segment(id)) { Route = $"GET /{_path}/{{id}}" };
            var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return IntercomJson.Deserialize<T>(response.Body);
        }
    }

    internal static class CacheKeys
    {
        public static string Of(string collection, string id) => collection + ":" + id.Trim();
    }

    internal static class ResourcePaths
    {
        /// <summary>Escapes an id for use as one path segment, so an id can never address another route.</summary>
        public static string Segment(string id)
        {
            if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("The id is empty; pass the id of an existing object.", nameof(id));
            return Uri.EscapeDataString(id.Trim());
        }
    }
}
