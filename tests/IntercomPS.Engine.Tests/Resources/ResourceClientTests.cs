using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Transport;
using IntercomPS.Sandbox;

namespace IntercomPS.Engine.Tests.Resources
{
    /// <summary>
    /// The paging kinds that page by a query cursor (merge history) and by next links (data events), and lookups by
    /// id of a resource that Intercom only lists whole (subscription types), against the in-process sandbox.
    /// </summary>
    public class ResourceClientTests
    {
        private static async Task<(SandboxWorkspace Sandbox, IntercomConnection Connection)> ConnectAsync()
        {
            var sandbox = new SandboxWorkspace(new SandboxOptions { ContactCount = 20, ConversationCount = 10, Seed = 5 });
            var options = new IntercomClientOptions(new Uri("https://api.intercom.test/"), sandbox.Options.AccessToken)
            {
                Handler = sandbox.CreateHandler(),
                BaseRetryDelay = TimeSpan.Zero,
                MaxRetryDelay = TimeSpan.Zero,
            };
            var connection = await IntercomConnection.ConnectAsync(options, "Sandbox", new CacheSettings(), CancellationToken.None);
            return (sandbox, connection);
        }

        private static async Task<List<T>> ListAllAsync<T>(IntercomConnection connection, ApiOperation operation, IReadOnlyDictionary<string, string>? path,
            IEnumerable<KeyValuePair<string, string>>? query, long? limit = null) where T : class
        {
            var all = new List<T>();
            await connection.Resources.ListAsync<T>(operation, path, query, null, new PagingOptions { Limit = limit },
                PageObserver.Of<T>((page, _) => { all.AddRange(page); return Task.CompletedTask; }), CancellationToken.None);
            return all;
        }

        [Fact]
        public async Task Next_links_are_followed_by_their_query_on_the_operations_own_path()
        {
            var (sandbox, connection) = await ConnectAsync();
            using (sandbox)
            using (connection)
            {
                var contact = sandbox.ContactIdAt(0);
                for (var i = 0; i < 55; i++)
                {
                    var body = new Dictionary<string, object?> { ["event_name"] = "step-" + i, ["created_at"] = 1700000000L + i, ["id"] = contact };
                    await connection.Resources.SendAsync<DataEvent>(IntercomResources.DataEvents.Create!, null, null, body, CancellationToken.None);
                }
                sandbox.Log.Clear();
                var query = new[] { new KeyValuePair<string, string>("type", "user"), new KeyValuePair<string, string>("intercom_user_id", contact) };
                var events = await ListAllAsync<DataEvent>(connection, IntercomResources.DataEvents.List!, null, query);

                Assert.Equal(Enumerable.Range(0, 55).Select(i => "step-" + i), events.Select(e => e.EventName));
                var requests = sandbox.Log.Entries.Where(e => e.Route == "GET /events").ToList();
                Assert.True(requests.Count > 1, "expected more than one page");
                Assert.All(requests, request => Assert.Equal("/events", request.Path));
                Assert.All(requests, request => Assert.Contains("intercom_user_id=" + contact, request.Query));
            }
        }

        [Fact]
        public void A_next_link_gives_only_its_query_whatever_host_and_path_it_names()
        {
            var pairs = ResourceClient.QueryOfLink("https://elsewhere.example/other/path?type=user&email=a%40b.test&note=two+words#top");
            Assert.Equal(new[] { "type=user", "email=a@b.test", "note=two words" }, pairs.Select(p => p.Key + "=" + p.Value));
            Assert.Empty(ResourceClient.QueryOfLink("https://api.intercom.io/events"));
        }

        [Fact]
        public void A_query_cursor_continues_while_the_answer_names_one_and_has_more()
        {
            ListPage<MergeHistoryItem> Page(int items, object? nextCursor, bool? hasMore)
            {
                var page = new ListPage<MergeHistoryItem>(Enumerable.Range(0, items).Select(_ => new MergeHistoryItem()).ToList()) { HasMore = hasMore };
                page.AdditionalProperties["next_cursor"] = nextCursor;
                return page;
            }

            Assert.Equal("c2", ResourceClient.NextToken(PagingKind.QueryCursor, Page(2, "c2", true), "c1"));
            Assert.Null(ResourceClient.NextToken(PagingKind.QueryCursor, Page(2, "c2", false), "c1"));
            Assert.Null(ResourceClient.NextToken(PagingKind.QueryCursor, Page(2, null, null), "c1"));
            Assert.Null(ResourceClient.NextToken(PagingKind.QueryCursor, Page(0, "c2", true), "c1"));
        }

        [Fact]
        public async Task A_query_cursor_list_sends_its_page_size_and_the_callers_query()
        {
            var (sandbox, connection) = await ConnectAsync();
            using (sandbox)
            using (connection)
            {
                var contact = sandbox.ContactIdAt(1);
                var history = await ListAllAsync<MergeHistoryItem>(connection, IntercomResources.ContactMergeHistory.List!, PathValues.Of("id", contact),
                    new[] { new KeyValuePair<string, string>("order", "asc") });
                Assert.NotEmpty(history);
                Assert.NotNull(history[0].SourceContactId);
                var request = sandbox.Log.Entries.Single(e => e.Route == "GET /contacts/{id}/merge_history");
                Assert.Contains("per_page=50", request.Query);
                Assert.Contains("order=asc", request.Query);
            }
        }

        [Fact]
        public async Task A_resource_listed_only_whole_is_looked_up_in_its_cached_list_and_a_missing_id_is_a_404()
        {
            var (sandbox, connection) = await ConnectAsync();
            using (sandbox)
            using (connection)
            {
                var types = IntercomResources.SubscriptionTypes;
                var all = await connection.Resources.ListWholeAsync(types, CancellationToken.None);
                var found = await connection.Resources.GetAsync(types, PathValues.Of("subscription_id", " " + all[1].Id + " "), CancellationToken.None);
                Assert.Equal(all[1].Id, found.Id);
                var missing = await Assert.ThrowsAsync<IntercomApiException>(() =>
                    connection.Resources.GetAsync(types, PathValues.Of("subscription_id", "no-such-type"), CancellationToken.None));
                Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
                Assert.Contains("no-such-type", missing.Message);
                Assert.Equal(1, sandbox.Log.Count("GET /subscription_types"));
            }
        }
    }
}
