using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;

namespace IntercomPS.Engine.Resources
{
    /// <summary>
    /// A workspace collection that Intercom returns whole (admins, teams, tags, segments) and whose items can be
    /// fetched by id: its descriptor bound to the connection's <see cref="ResourceClient"/>.
    /// </summary>
    public sealed class ResourceCollection<T> where T : IntercomObject
    {
        private readonly ResourceClient _client;

        internal ResourceCollection(ResourceClient client, ResourceDescriptor<T> resource)
        {
            _client = client;
            Resource = resource;
        }

        // Not public: the connection is an output object (Get-IntercomConnection), and through a public descriptor its
        // ModelType (a System.Type) would make ConvertTo-Json and property walks of the connection explode.
        internal ResourceDescriptor<T> Resource { get; }

        /// <summary>The whole collection, from the session cache when it holds it (unless <paramref name="noCache"/>).</summary>
        public Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken, bool noCache = false) =>
            _client.ListWholeAsync(Resource, cancellationToken, noCache);

        /// <summary>The item with this id from the whole list (one request for any number of ids); null when absent.</summary>
        public async Task<T?> FindInListAsync(string id, CancellationToken cancellationToken)
        {
            var all = await ListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var item in all)
            {
                if (string.Equals(Resource.IdOf(item), id, StringComparison.Ordinal)) return item;
            }
            return null;
        }

        /// <summary>Forgets the item and the cached whole list, after a change made through this module.</summary>
        public void Evict(string id) => _client.Forget(Resource, PathValues.Of(Resource.IdParameter, id));

        /// <summary>One item by id, from the session cache when it holds it (unless <paramref name="noCache"/>).</summary>
        public Task<T> GetAsync(string id, CancellationToken cancellationToken, bool noCache = false) =>
            _client.GetAsync(Resource, PathValues.Of(Resource.IdParameter, id), cancellationToken, noCache);
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
