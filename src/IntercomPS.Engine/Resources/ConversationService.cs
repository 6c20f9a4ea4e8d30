using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Search;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>Conversations: by id (with parts), every one (GET /conversations), or searched and by date range.</summary>
    public sealed class ConversationService
    {
        /// <summary>The largest per_page GET /conversations and the search accept.</summary>
        public const int MaxPageSize = 150;

        private readonly IntercomClient _client;
        private readonly ObjectCache _cache;
        private readonly SearchEndpoint<Conversation> _search;

        internal ConversationService(IntercomClient client, ObjectCache cache)
        {
            _client = client;
            _cache = cache;
            _search = new SearchEndpoint<Conversation>(client, IntercomResources.Conversations);
        }

        /// <summary>
        /// The full conversation with its parts (at most the latest 500, as the API returns them), from the session
        /// cache when it holds it (unless <paramref name="noCache"/>).
        /// </summary>
        /// <param name="keepRaw">Keep the body verbatim in <c>RawJson</c> (exports); always asks Intercom, since a cached object may not carry it.</param>
        public Task<Conversation> GetAsync(string id, CancellationToken cancellationToken, bool noCache = false, bool keepRaw = false) =>
            keepRaw
                ? FetchAsync(id, keepRaw: true, cancellationToken)
                : _cache.GetOrFetchAsync(CacheKeys.Of("conversations", id), token => FetchAsync(id, keepRaw: false, token), noCache, cancellationToken);

        private async Task<Conversation> FetchAsync(string id, bool keepRaw, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, "conversations/" + ResourcePaths.Segment(id)) { Route = "GET /conversations/{id}" };
            return await _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<Conversation>(body, keepRaw), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Every conversation of the workspace, page by page (GET /conversations, cursor).</summary>
        public Task<PagingResult> ListAsync(PagingOptions paging, Func<IReadOnlyList<Conversation>, CancellationToken, Task> onPage, CancellationToken cancellationToken) =>
            CursorPager.ForEachPageAsync(
                async (cursor, perPage, token) =>
                {
                    var request = new ApiRequest(HttpMethod.Get, "conversations") { Route = "GET /conversations" }
                        .WithQuery("per_page", perPage.ToString(System.Globalization.CultureInfo.InvariantCulture))
                        .WithQuery("starting_after", cursor);
                    return await _client.SendAsync(request, (_, body) => IntercomJson.ReadListPage<Conversation>(body, ListItemsProperty.Conversations), token).ConfigureAwait(false);
                },
                onPage, paging, cancellationToken);

        /// <summary>POST /conversations/search, over a date range window by window when <see cref="SearchRequest.Since"/> is set.</summary>
        public Task<RangeReadResult?> SearchAsync(SearchRequest request, IRangeObserver<Conversation> observer, CancellationToken cancellationToken) =>
            _search.RunAsync(request, observer, _client.Options.TimeProvider, cancellationToken);

        /// <summary>The JSON query a search would send for its first window, without sending it.</summary>
        public string DescribeQuery(SearchRequest request) => DescribeFirstQuery(_search, request, _client.Options.TimeProvider);

        /// <summary>
        /// Wraps an observer so that each conversation is replaced by the full conversation with its parts, fetched
        /// with at most <paramref name="concurrency"/> requests at once and emitted in the original order.
        /// </summary>
        public IRangeObserver<Conversation> WithParts(IRangeObserver<Conversation> inner, int concurrency, bool keepRaw = false) =>
            new ExpandingObserver<Conversation>(inner, concurrency, (c, token) => c.Id == null ? Task.FromResult(c) : GetAsync(c.Id, token, keepRaw: keepRaw));

        internal static string DescribeFirstQuery<T>(SearchEndpoint<T> endpoint, SearchRequest request, TimeProvider clock) where T : IntercomObject
        {
            if (request.Since == null)
            {
                return request.Query?.ToJson() ?? throw new ArgumentException(SearchEndpoint<T>.NothingToSearch);
            }
            var windows = DateWindowPlanner.Plan(request.Since.Value, request.Until ?? clock.GetUtcNow(), request.ChunkDays);
            return endpoint.QueryFor(request, windows[0]).ToJson();
        }
    }

    /// <summary>Replaces each item by an expanded one (fetched with bounded concurrency), keeping the order.</summary>
    internal sealed class ExpandingObserver<T> : IRangeObserver<T>, IWindowCompletionObserver
    {
        private readonly IRangeObserver<T> _inner;
        private readonly int _concurrency;
        private readonly Func<T, CancellationToken, Task<T>> _expand;

        public ExpandingObserver(IRangeObserver<T> inner, int concurrency, Func<T, CancellationToken, Task<T>> expand)
        {
            _inner = inner;
            _concurrency = Math.Max(1, concurrency);
            _expand = expand;
        }

        public async Task OnItemsAsync(IReadOnlyList<T> items, CancellationToken cancellationToken)
        {
            var expanded = await BoundedConcurrency.MapAsync(items, _concurrency, _expand, cancellationToken).ConfigureAwait(false);
            await _inner.OnItemsAsync(expanded, cancellationToken).ConfigureAwait(false);
        }

        public void OnWindowFailed(DateWindow window, Exception error) => _inner.OnWindowFailed(window, error);

        public void OnProgress(RangeProgress progress) => _inner.OnProgress(progress);

        public Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken) =>
            _inner is IWindowCompletionObserver completion ? completion.OnWindowCompletedAsync(window, complete, cancellationToken) : Task.CompletedTask;
    }
}
