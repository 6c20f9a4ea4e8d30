using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Search;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>
    /// One of Intercom's search endpoints (conversations, contacts), as its resource declares it: a plain cursor over a
    /// query, or a date range read window by window through <see cref="ChunkedRangeReader{T}"/>.
    /// </summary>
    internal sealed class SearchEndpoint<T> where T : IntercomObject
    {
        private readonly IntercomClient _client;
        private readonly ApiOperation _operation;
        private readonly Func<T, string?> _idOf;
        private readonly SearchFields<T> _fields;

        public SearchEndpoint(IntercomClient client, ResourceDescriptor<T> resource)
        {
            _client = client;
            _operation = resource.Search ?? throw new ArgumentException($"{resource.Noun} declares no search.", nameof(resource));
            _fields = resource.SearchFields ?? throw new ArgumentException($"{resource.Noun} declares no search fields.", nameof(resource));
            _idOf = resource.IdOf;
        }

        /// <summary>
        /// Runs the search. With a range, returns the range read's result (failed windows included); without one,
        /// a single cursor and null.
        /// </summary>
        public async Task<RangeReadResult?> RunAsync(SearchRequest request, IPageObserver<T> observer, TimeProvider clock, CancellationToken cancellationToken)
        {
            var keep = KeepFor(request.ClientCondition);
            if (request.Query != null) _fields.Check(request.Query);
            if (request.Since == null)
            {
                if (request.Query == null) throw new ArgumentException(NothingToSearch);
                var paging = new PagingOptions { PageSize = request.PageSize, Limit = request.Limit, TimeProvider = clock };
                await CursorPager.ForEachPageAsync(
                    (cursor, perPage, token) => FetchAsync(request.Query, perPage, cursor, _fields.Sortable ? request.Sort : null, request.KeepRaw, token),
                    observer, paging, cancellationToken, keep).ConfigureAwait(false);
                return null;
            }

            var dateOf = _fields.DateOf(request.DateField);
            var dateField = RangeField(request);
            var until = request.Until ?? clock.GetUtcNow();
            var windows = request.Windows ?? DateWindowPlanner.Plan(request.Since.Value, until, request.ChunkDays);
            var sort = _fields.Sortable ? new SearchSort(dateField, SearchSortOrder.Ascending) : null;
            if (windows.Count == 0) return null;
            // Whether the user's query can take the range filters does not depend on the window: fail before any request.
            QueryFor(request, windows[0]);
            var reader = new ChunkedRangeReader<T>(
                (window, cursor, perPage, token) => FetchAsync(QueryFor(request, window), perPage, cursor, sort, request.KeepRaw, token),
                _idOf,
                dateOf,
                keep);
            var options = new PagingOptions
            {
                ThrottleLimit = request.ThrottleLimit,
                PageSize = request.PageSize,
                Limit = request.Limit,
                TimeProvider = clock,
                SplitLargeWindows = request.SplitLargeWindows,
            };
            return await reader.ReadAsync(windows, observer, options, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The query a window would send (for -ShowQuery-style inspection and tests).</summary>
        public SearchQuery QueryFor(SearchRequest request, DateWindow window)
        {
            var boundaries = _fields.Dates.Boundaries;
            return request.Query == null
                ? SearchQuery.ForRange(RangeField(request), window, boundaries)
                : request.Query.WithinRange(RangeField(request), window, boundaries);
        }

        /// <summary>Why a request without query or range cannot run.</summary>
        internal const string NothingToSearch = "A search needs a query, a date range, or both.";

        /// <summary>The range's date field as Intercom spells it (a caller may write CreatedAt or Created_At).</summary>
        private string RangeField(SearchRequest request) => _fields.RangeField(request.DateField).Name;

        private Func<T, bool>? KeepFor(ClientCondition? condition)
        {
            if (condition == null || condition.ExactOnServer) return null;
            var unreadable = condition.FieldsToRead().Where(field => !_fields.Reader.CanRead(field)).ToList();
            if (unreadable.Count > 0)
            {
                throw new ArgumentException($"The search's client-side condition needs {string.Join(", ", unreadable)}, which a {typeof(T).Name} does not carry in full.");
            }
            return item => condition.Matches(item, _fields.Reader);
        }

        private async Task<ListPage<T>> FetchAsync(SearchQuery query, int perPage, string? cursor, SearchSort? sort, bool keepRaw, CancellationToken cancellationToken)
        {
            var request = _operation.CreateRequest();
            request.JsonBody = IntercomJson.SerializeToUtf8(SearchBody.Create(query, perPage, cursor, sort));
            return await _client.SendAsync(request, (_, body) => IntercomJson.ReadListPage<T>(body, _operation.ItemsMember!, keepRaw), cancellationToken).ConfigureAwait(false);
        }
    }
}
