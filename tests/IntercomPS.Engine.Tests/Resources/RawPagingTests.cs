using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Tests.Transport;

namespace IntercomPS.Engine.Tests.Resources
{
    /// <summary>
    /// Invoke-IntercomRequest -Paginate: every way Intercom's lists page (a cursor in the query or a search body,
    /// numbered pages, a next-page URL, a scroll) is followed to the end, and an answer that does not say how to
    /// page on is reported rather than taken for the last page.
    /// </summary>
    public sealed class RawPagingTests
    {
        [Fact]
        public async Task A_cursor_list_is_followed_through_starting_after_in_the_query_replacing_the_one_given()
        {
            var server = new PagesServer(request => Page(request.Query("starting_after") switch
            {
                "c0" => (new[] { 1, 2 }, "{\"type\":\"pages\",\"next\":{\"starting_after\":\"c1\"}}"),
                "c1" => (new[] { 3 }, "{\"type\":\"pages\",\"next\":{\"starting_after\":\"c2\"}}"),
                _ => (new[] { 4 }, "{\"type\":\"pages\",\"next\":null}"),
            }));

            var (items, result) = await PaginateAsync(server, "GET", "conversations", new[] { Pair("per_page", "2"), Pair("starting_after", "c0") });

            Assert.Equal(new long[] { 1, 2, 3, 4 }, Numbers(items));
            Assert.Equal(new[] { "per_page=2&starting_after=c0", "per_page=2&starting_after=c1", "per_page=2&starting_after=c2" }, server.Queries);
            Assert.Null(result.Unfollowed);
            Assert.Equal(3, result.Pages);
        }

        [Fact]
        public async Task A_search_is_followed_through_pagination_starting_after_in_its_body()
        {
            var server = new PagesServer(request => Page(request.Body?.Contains("\"starting_after\":\"c1\"") == true
                ? (new[] { 3 }, "{\"type\":\"pages\"}")
                : (new[] { 1, 2 }, "{\"type\":\"pages\",\"next\":{\"starting_after\":\"c1\"}}")));
            var body = new Dictionary<string, object?>
            {
                ["query"] = new Dictionary<string, object?> { ["field"] = "role", ["operator"] = "=", ["value"] = "user" },
                ["pagination"] = new Dictionary<string, object?> { ["per_page"] = 2L },
            };

            var (items, _) = await PaginateAsync(server, "POST", "contacts/search", null, body);

            Assert.Equal(new long[] { 1, 2, 3 }, Numbers(items));
            var second = JsonDocument.Parse(server.Bodies[1]!).RootElement.GetProperty("pagination");
            Assert.Equal("c1", second.GetProperty("starting_after").GetString());
            Assert.Equal(2, second.GetProperty("per_page").GetInt32());
            Assert.Equal(new[] { "", "" }, server.Queries);
        }

        [Fact]
        public async Task Numbered_pages_are_read_to_total_pages_through_the_page_parameter()
        {
            // POST /companies/list: pages.page of pages.total_pages, and no cursor. Paging stopped after page 1 here.
            var server = new PagesServer(request =>
            {
                var page = int.Parse(request.Query("page") ?? "1");
                return Page((new[] { page * 10, page * 10 + 1 }, $"{{\"type\":\"pages\",\"next\":null,\"page\":{page},\"per_page\":2,\"total_pages\":3}}"));
            });

            var (items, result) = await PaginateAsync(server, "POST", "companies/list", new[] { Pair("per_page", "2") });

            Assert.Equal(new long[] { 10, 11, 20, 21, 30, 31 }, Numbers(items));
            Assert.Equal(new[] { "per_page=2", "per_page=2&page=2", "per_page=2&page=3" }, server.Queries);
            Assert.Null(result.Unfollowed);
        }

        [Fact]
        public async Task Page_numbers_at_the_top_level_of_the_answer_are_followed_too()
        {
            var server = new PagesServer(request =>
            {
                var page = int.Parse(request.Query("page") ?? "1");
                return $"{{\"type\":\"list\",\"data\":[{page}],\"page\":{page},\"per_page\":1,\"total_pages\":2}}";
            });

            var (items, _) = await PaginateAsync(server, "GET", "content_snippets");

            Assert.Equal(new long[] { 1, 2 }, Numbers(items));
        }

        [Fact]
        public async Task A_next_page_url_gives_its_page_number()
        {
            // GET /conversations/deleted: pages.next is a URL naming the next page.
            var server = new PagesServer(request => request.Query("page") switch
            {
                null => Page((new[] { 1 }, "{\"next\":\"https://api.intercom.io/conversations/deleted?per_page=1&order=desc&page=2\"}")),
                _ => Page((new[] { 2 }, "{\"next\":null}")),
            });

            var (items, result) = await PaginateAsync(server, "GET", "conversations/deleted", new[] { Pair("per_page", "1"), Pair("order", "desc") });

            Assert.Equal(new long[] { 1, 2 }, Numbers(items));
            Assert.Equal(new[] { "per_page=1&order=desc", "per_page=1&order=desc&page=2" }, server.Queries);
            Assert.Null(result.Unfollowed);
        }

        [Fact]
        public async Task A_next_page_url_on_the_api_root_without_a_page_number_is_followed_as_given()
        {
            var server = new PagesServer(request => request.PathAndQuery switch
            {
                "/events?type=user" => Page((new[] { 1 }, "{\"next\":\"https://api.intercom.test/events/next?cursor=a%2Fb\"}")),
                "/events/next?cursor=a%2Fb" => Page((new[] { 2 }, "{\"next\":null}")),
                _ => throw new InvalidOperationException("unexpected " + request.PathAndQuery),
            });

            var (items, result) = await PaginateAsync(server, "GET", "events", new[] { Pair("type", "user") });

            Assert.Equal(new long[] { 1, 2 }, Numbers(items));
            Assert.Null(result.Unfollowed);
        }

        [Fact]
        public async Task A_next_page_url_on_another_host_is_not_followed_and_says_so()
        {
            var server = new PagesServer(_ => Page((new[] { 1 }, "{\"next\":\"https://elsewhere.example/events?page_token=x\"}")));

            var (items, result) = await PaginateAsync(server, "GET", "events");

            Assert.Equal(new long[] { 1 }, Numbers(items));
            Assert.Single(server.Queries);
            Assert.Contains("elsewhere.example", result.Unfollowed);
            Assert.Contains("not on the connection's API root", result.Unfollowed);
        }

        [Fact]
        public async Task A_scroll_passes_its_unchanging_scroll_param_back_until_a_page_comes_back_empty()
        {
            var served = 0;
            var server = new PagesServer(_ =>
            {
                var batch = Interlocked.Increment(ref served) <= 3 ? new[] { served } : Array.Empty<int>();
                return $"{{\"type\":\"list\",\"data\":[{string.Join(",", batch)}],\"pages\":null,\"scroll_param\":\"same-every-time\"}}";
            });

            var (items, result) = await PaginateAsync(server, "GET", "companies/scroll");

            Assert.Equal(new long[] { 1, 2, 3 }, Numbers(items));
            Assert.Equal(new[] { "", "scroll_param=same-every-time", "scroll_param=same-every-time", "scroll_param=same-every-time" }, server.Queries);
            Assert.Null(result.Unfollowed);
        }

        [Theory]
        [InlineData("{\"type\":\"pages\",\"next\":{\"after_token\":\"x\"}}")]
        [InlineData("{\"type\":\"pages\",\"next\":\"not a url\"}")]
        public async Task An_answer_that_says_more_follows_but_not_how_is_reported(string pages)
        {
            var server = new PagesServer(_ => Page((new[] { 1 }, pages)));

            var (items, result) = await PaginateAsync(server, "GET", "things");

            Assert.Equal(new long[] { 1 }, Numbers(items));
            Assert.StartsWith("GET /things ", result.Unfollowed);
            Assert.EndsWith("only the pages read so far were returned.", result.Unfollowed);
        }

        [Fact]
        public async Task Has_more_without_a_cursor_is_reported()
        {
            var server = new PagesServer(_ => "{\"data\":[1],\"has_more\":true}");

            var (_, result) = await PaginateAsync(server, "GET", "things");

            Assert.NotNull(result.Unfollowed);
        }

        [Fact]
        public async Task An_answer_without_a_list_of_items_is_written_as_it_is_and_reported()
        {
            var server = new PagesServer(_ => "{\"type\":\"admin\",\"id\":\"7\",\"team_ids\":[1,2]}");

            var (items, result) = await PaginateAsync(server, "GET", "me");

            var only = Assert.IsAssignableFrom<IDictionary<string, object?>>(Assert.Single(items));
            Assert.Equal("7", only["id"]);
            Assert.Contains("without a list of items", result.Unfollowed);
        }

        [Fact]
        public async Task A_list_answered_whole_is_one_page_and_no_warning()
        {
            var server = new PagesServer(_ => "{\"type\":\"admin.list\",\"admins\":[1,2,3]}");

            var (items, result) = await PaginateAsync(server, "GET", "admins");

            Assert.Equal(new long[] { 1, 2, 3 }, Numbers(items));
            Assert.Single(server.Queries);
            Assert.Null(result.Unfollowed);
        }

        private static async Task<(List<object?> Items, RawPagingResult Result)> PaginateAsync(PagesServer server, string method, string path,
            IEnumerable<KeyValuePair<string, string>>? query = null, object? body = null)
        {
            using var client = TransportTestKit.Client(server, TimeProvider.System);
            var items = new List<object?>();
            var result = await new RawApi(client).PaginateAsync(method, path, query, body, PageObserver.Of<object?>((page, _) =>
            {
                items.AddRange(page);
                return Task.CompletedTask;
            }), CancellationToken.None);
            return (items, result);
        }

        private static IEnumerable<long> Numbers(IEnumerable<object?> items) => items.Select(item => Convert.ToInt64(item, System.Globalization.CultureInfo.InvariantCulture));

        private static string Page((int[] Items, string Pages) page) =>
            $"{{\"type\":\"list\",\"data\":[{string.Join(",", page.Items)}],\"pages\":{page.Pages}}}";

        private static KeyValuePair<string, string> Pair(string name, string value) => new KeyValuePair<string, string>(name, value);

        private sealed class SentRequest
        {
            public SentRequest(HttpRequestMessage request, string? body)
            {
                PathAndQuery = request.RequestUri!.PathAndQuery;
                QueryString = request.RequestUri.Query.TrimStart('?');
                Body = body;
            }

            public string PathAndQuery { get; }

            public string QueryString { get; }

            public string? Body { get; }

            public string? Query(string name) =>
                QueryString.Split('&').Select(pair => pair.Split('=')).Where(pair => pair[0] == name).Select(pair => Uri.UnescapeDataString(pair[1])).LastOrDefault();
        }

        /// <summary>Answers each request with the JSON <c>answer</c> gives it; records the query and body of every request.</summary>
        private sealed class PagesServer : HttpMessageHandler
        {
            private readonly Func<SentRequest, string> _answer;
            private readonly ConcurrentQueue<SentRequest> _sent = new ConcurrentQueue<SentRequest>();

            public PagesServer(Func<SentRequest, string> answer) => _answer = answer;

            public IReadOnlyList<string> Queries => _sent.Select(request => request.QueryString).ToList();

            public IReadOnlyList<string?> Bodies => _sent.Select(request => request.Body).ToList();

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var body = request.Content == null ? null : await request.Content.ReadAsStringAsync();
                var sent = new SentRequest(request, body);
                _sent.Enqueue(sent);
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(_answer(sent), Encoding.UTF8, "application/json") };
            }
        }
    }
}
