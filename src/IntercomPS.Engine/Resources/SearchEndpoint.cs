using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
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
    /// One of Intercom's search endpoints (conversations, contacts): a plain cursor over a query, or a date range read
    /// window by window through <see cref="ChunkedRangeReader{T}"/>.
    /// </summary>
    internal sealed class SearchEndpoint<T> where T : IntercomObject
    {
        private readonly IntercomClient _client;
        private readonly string _path;
        private readonly string _itemsProperty;
        private readonly Func<T, string?> _idOf;
        private readonly IReadOnlyDictionary<string, Func<T, DateTimeOffset?>> _dateFields;
        private readonly BoundaryPolicy _boundaries;
        private readonly bool _canSort;
        private readonly ModelFieldReader<T> _fields;

        public SearchEndpoint(IntercomClient client, string path, string itemsProperty, Func<T, string?> idOf,
            IReadOnlyDictionary<string, Func<T, DateTimeOffset?>> dateFields, BoundaryPolicy boundaries, bool canSort, ModelFieldReader<T> fields)
        {
            _fields = fields;
            _client = client;
            _path = path;
            _itemsProperty = itemsProperty;
            _idOf = idOf;
            _dateFields = dateFields;
            _boundaries = boundaries;
            _canSort = canSort;
        }

        public IEnumerable<string> DateFields => _dateFields.Keys;

        /// <summary>
        /// Runs the search. With a range, returns the range read's result (failed windows included); without one,
        /// a single cursor and null.
        /// </summary>
        public async Task<RangeReadResult?> RunAsync(SearchRequest request, IPageObserver<T> observer, TimeProvider clock, CancellationToken cancellationToken)
        {
            var keep = KeepFor(request.ClientCondition);
            if (request.Since == null)
            {
                if (request.Query == null) throw new ArgumentException("A search needs a query or a date range (-Since).");
                var paging = new PagingOptions { PageSize = request.PageSize, Limit = request.Limit, TimeProvider = clock };
                await CursorPager.ForEachPageAsync(
                    (cursor, perPage, token) => FetchAsync(request.Query, perPage, cursor, _canSort ? request.Sort : null, request.KeepRaw, token),
                    observer, paging, cancellationToken, keep).ConfigureAwait(false);
                return null;
            }

            if (!_dateFields.TryGetValue(request.DateField, out var dateOf))
            {
                throw new ArgumentException($"'{request.DateField}' is not a date field this search can range over; use one of {string.Join(", ", _dateFields.Keys)}.");
            }
            var until = request.Until ?? clock.GetUtcNow();
            var windows = request.Windows ?? DateWindowPlanner.Plan(request.Since.Value, until, request.ChunkDays);
            var sort = _canSort ? new SearchSort(request.DateField, SearchSortOrder.Ascending) : null;
            if (windows.Count == 0) return null;
            // Whether the user's query can take the range filters does not depend on the window: fail before any request.
            QueryFor(request, windows[0]);
            var reader = new ChunkedRangeReader<T>(
                (window, cursor, perPage, token) =>
                {
                    var query = request.Query == null
                        ? SearchQuery.ForRange(request.DateField, window, _boundaries)
                        : request.Query.WithinRange(request.DateField, window, _boundaries);
                    return FetchAsync(query, perPage, cursor, sort, request.KeepRaw, token);
                },
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
        public SearchQuery QueryFor(SearchRequest request, DateWindow window) =>
            request.Query == null ? SearchQuery.ForRange(request.DateField, window, _boundaries) : request.Query.WithinRange(request.DateField, window, _boundaries);

        private Func<T, bool>? KeepFor(ClientCondition? condition)
        {
            if (condition == null || condition.ExactOnServer) return null;
            var unreadable = condition.FieldsToRead().Where(field => !_fields.CanRead(field)).ToList();
            if (unreadable.Count > 0)
            {
                throw new ArgumentException($"The search's client-side condition needs {string.Join(", ", unreadable)}, which a {typeof(T).Name} does not carry in full.");
            }
            return item => condition.Matches(item, _fields);
        }

        private async Task<ListPage<T>> FetchAsync(SearchQuery query, int perPage, string? cursor, SearchSort? sort, bool keepRaw, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Post, _path)
            {
                Route = "POST /" + _path,
                Safety = RequestSafety.Idempotent,
                JsonBody = IntercomJson.SerializeToUtf8(SearchBody.Create(query, perPage, cursor, sort)),
            };
            return await _client.SendAsync(request, (_, body) => IntercomJson.ReadListPage<T>(body, _itemsProperty, keepRaw), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The search endpoints of the searchable resources: what each can range over, and how its dates compare.</summary>
    internal static class SearchEndpoints
    {
        public static SearchEndpoint<Contact> Contacts(IntercomClient client) =>
            new SearchEndpoint<Contact>(client, IntercomResources.Contacts.Search!.PathTemplate, IntercomResources.Contacts.Search.ItemsMember!, c => c.Id,
                new Dictionary<string, Func<Contact, DateTimeOffset?>>(StringComparer.OrdinalIgnoreCase)
                {
                    ["created_at"] = c => c.CreatedAt,
                    ["updated_at"] = c => c.UpdatedAt,
                    ["last_seen_at"] = c => c.LastSeenAt,
                    ["signed_up_at"] = c => c.SignedUpAt,
                },
                // Contact-search date filters are cut to whole days in the workspace's time zone.
                BoundaryPolicy.CalendarDay, canSort: true, ModelFields.Contact);

        public static SearchEndpoint<Conversation> Conversations(IntercomClient client) =>
            new SearchEndpoint<Conversation>(client, IntercomResources.Conversations.Search!.PathTemplate, IntercomResources.Conversations.Search.ItemsMember!, c => c.Id,
                new Dictionary<string, Func<Conversation, DateTimeOffset?>>(StringComparer.OrdinalIgnoreCase)
                {
                    ["created_at"] = c => c.CreatedAt,
                    ["updated_at"] = c => c.UpdatedAt,
                },
                BoundaryPolicy.SecondPrecision, canSort: false, ModelFields.Conversation);
    }
}
