using IntercomPS.Engine.Concurrency;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>
    /// A resource that is read by id, listed and searched, a date range window by window: contacts, conversations and
    /// tickets. What differs between them is their <see cref="ResourceDescriptor{T}"/> (its search fields among it),
    /// not code.
    /// </summary>
    public sealed class SearchableResource<T> where T : IntercomObject
    {
        private readonly ResourceClient _resources;
        private readonly SearchEndpoint<T> _search;
        private readonly TimeProvider _clock;

        internal SearchableResource(IntercomClient client, ResourceClient resources, ResourceDescriptor<T> resource)
        {
            _resources = resources;
            Resource = resource;
            _search = new SearchEndpoint<T>(client, resource);
            _clock = client.Options.TimeProvider;
        }

        // Not public: the connection is an output object (Get-IntercomConnection), and through a public descriptor its
        // ModelType (a System.Type) would make ConvertTo-Json and property walks of the connection explode.
        internal ResourceDescriptor<T> Resource { get; }

        /// <summary>
        /// One object by id (a conversation with its parts, at most the latest 500 as the API returns them), from the
        /// session cache when it holds it (unless <paramref name="noCache"/>).
        /// </summary>
        /// <param name="keepRaw">Keep the body verbatim in <c>RawJson</c> (exports); always asks Intercom, since a cached object may not carry it.</param>
        public Task<T> GetAsync(string id, CancellationToken cancellationToken, bool noCache = false, bool keepRaw = false) =>
            _resources.GetAsync(Resource, PathValues.Of(Resource.IdParameter, id), cancellationToken, noCache, keepRaw);

        /// <summary>
        /// One object by another key, through a lookup the descriptor declares with one placeholder (a contact by
        /// its external_id: <c>by_external_id</c>). Not cached: the key is not the id.
        /// </summary>
        public async Task<T> GetByAsync(string lookup, string value, CancellationToken cancellationToken)
        {
            var operation = Resource.Action(lookup);
            if (operation.PathParameters.Count != 1) throw new ArgumentException($"{operation} does not look an object up by one value.", nameof(lookup));
            var found = await _resources.SendAsync<T>(operation, PathValues.Of(operation.PathParameters[0], value), null, null, cancellationToken).ConfigureAwait(false);
            return found ?? throw new IntercomJsonException($"{operation} answered with an empty body.");
        }

        /// <summary>Every object of the workspace, page by page (the descriptor's list).</summary>
        public Task<PagingResult> ListAsync(PagingOptions paging, IPageObserver<T> observer, CancellationToken cancellationToken) =>
            _resources.ListAsync(Resource.List ?? throw new NotSupportedException($"{Resource.Noun} has no list."), null, null, null, paging, observer, cancellationToken);

        /// <summary>
        /// The search: over a date range window by window when <see cref="SearchRequest.Since"/> is set (the range read's
        /// result, failed windows included), otherwise one cursor over the query (null).
        /// </summary>
        public Task<RangeReadResult?> SearchAsync(SearchRequest request, IPageObserver<T> observer, CancellationToken cancellationToken) =>
            _search.RunAsync(request, observer, _clock, cancellationToken);

        /// <summary>The JSON query a search would send for its first window, without sending it.</summary>
        public string DescribeQuery(SearchRequest request)
        {
            if (request.Since == null)
            {
                return request.Query?.ToJson() ?? throw new ArgumentException(SearchEndpoint<T>.NothingToSearch);
            }
            var windows = DateWindowPlanner.Plan(request.Since.Value, request.Until ?? _clock.GetUtcNow(), request.ChunkDays);
            return _search.QueryFor(request, windows[0]).ToJson();
        }

        /// <summary>
        /// Wraps an observer so that each object is replaced by the one read by id (a conversation with its parts),
        /// with at most <paramref name="concurrency"/> requests at once, in the original order.
        /// </summary>
        public IPageObserver<T> WithFullObjects(IPageObserver<T> inner, int concurrency, bool keepRaw = false) =>
            PageObserver.Transforming(inner, async (items, token) =>
                (IReadOnlyList<T>)await OrderedWorkQueue<T>.MapAsync(items, concurrency,
                    (item, cancel) => Resource.IdOf(item) is string id ? GetAsync(id, cancel, keepRaw: keepRaw) : Task.FromResult(item), token).ConfigureAwait(false));
    }
}
