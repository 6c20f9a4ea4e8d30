using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Tests.Transport
{
    /// <summary>A server that answers every request and remembers what reached it: the URI and the Authorization header.</summary>
    internal sealed class RecordingHandler : HttpMessageHandler
    {
        private readonly ConcurrentQueue<(string Method, Uri Uri, string? Authorization)> _sent = new ConcurrentQueue<(string, Uri, string?)>();

        public IReadOnlyList<(string Method, Uri Uri, string? Authorization)> Sent => _sent.ToList();

        public void Clear()
        {
            while (_sent.TryDequeue(out _))
            {
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _sent.Enqueue((request.Method.Method, request.RequestUri!, request.Headers.Authorization?.ToString()));
            var json = request.RequestUri!.AbsolutePath.EndsWith("/me", StringComparison.Ordinal) ? Answers.AdminJson : "{}";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }

    public class RequestTargetTests
    {
        private static readonly Uri Base = new Uri("https://api.intercom.test/base/");

        /// <summary>Ways of writing "somewhere else", each tried behind every prefix below.</summary>
        private static readonly string[] Elsewhere =
        {
            "http://other.test:8080/x",
            "HTTP://other.test:8080/x",
            "hTTpS://other.test/x",
            "https://other.test/x",
            "http:other.test/x",
            "http:/other.test/x",
            "http:\\\\other.test\\x",
            "//other.test/x",
            "\\\\other.test\\x",
            "/\\other.test/x",
            "http://tok@other.test/x",
            "https://api.intercom.test@other.test/x",
            "https://api.intercom.test:8443/base/x",
            "http://api.intercom.test/base/x",
            "file:///etc/passwd",
            "../x",
            "./../x",
            "..",
            "contacts/../../x",
            "contacts/%2e%2e/%2E%2E/x",
            "%2e%2e/x",
            ".%2e/x",
            "%2E./x",
            "contacts/./../../x",
            "x#fragment",
        };

        private static readonly string[] Prefixes = { "", "/", "//", "///", " ", "\t", "\n", "/ ", " /", "\\", "\\\\", "/\\", "\u00a0", "\u200b/" };

        public static IEnumerable<object[]> HostilePaths() =>
            Prefixes.SelectMany(prefix => Elsewhere.Select(target => new object[] { prefix + target }));

        [Theory]
        [MemberData(nameof(HostilePaths))]
        public async Task A_hostile_path_is_refused_or_stays_inside_the_base_uri(string path)
        {
            var handler = new RecordingHandler();
            using var client = Client(handler);

            try
            {
                await client.SendAsync(new ApiRequest(HttpMethod.Post, path) { JsonBody = Encoding.UTF8.GetBytes("{\"secret\":1}") }, CancellationToken.None);
            }
            catch (ArgumentException refused)
            {
                Assert.Empty(handler.Sent);
                Assert.Contains("nothing was sent", refused.Message);
                Assert.DoesNotContain(TransportTestKit.Token, refused.Message);
                return;
            }

            var sent = Assert.Single(handler.Sent).Uri;
            Assert.Equal(Base.Scheme, sent.Scheme);
            Assert.Equal(Base.Host, sent.Host);
            Assert.Equal(Base.Port, sent.Port);
            Assert.Equal(string.Empty, sent.UserInfo);
            Assert.StartsWith(Base.AbsolutePath, sent.AbsolutePath, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("/http://other.test:8080/x")]
        [InlineData(" /http://other.test:8080/x")]
        [InlineData("/HTTP://other.test:8080/x")]
        [InlineData("//http://other.test:8080/x")]
        [InlineData("http://other.test/x")]
        [InlineData("//other.test/x")]
        [InlineData("\\\\other.test\\x")]
        [InlineData("contacts/../../x")]
        [InlineData("%2e%2e/x")]
        [InlineData("contacts/..")]
        [InlineData("contacts\t")]
        public async Task The_spellings_that_reached_another_host_or_route_are_refused_before_anything_is_sent(string path)
        {
            var handler = new RecordingHandler();
            using var client = Client(handler);

            var error = await Assert.ThrowsAsync<ArgumentException>(() => client.SendAsync(new ApiRequest(HttpMethod.Get, path), CancellationToken.None));

            Assert.Empty(handler.Sent);
            Assert.Contains("Refusing the request path", error.Message);
        }

        [Theory]
        [InlineData("contacts", "/base/contacts")]
        [InlineData("/contacts", "/base/contacts")]
        [InlineData("conversations/search", "/base/conversations/search")]
        [InlineData("contacts/abc%2Fdef", "/base/contacts/abc%2Fdef")]
        [InlineData("contacts/.hidden", "/base/contacts/.hidden")]
        [InlineData("contacts/a..b", "/base/contacts/a..b")]
        [InlineData("", "/base/")]
        public async Task An_ordinary_path_goes_exactly_where_it_says_under_the_base_uri(string path, string expected)
        {
            var handler = new RecordingHandler();
            using var client = Client(handler);

            await client.SendAsync(new ApiRequest(HttpMethod.Get, path).WithQuery("per_page", "5").WithQuery("q", "a&b=c"), CancellationToken.None);

            var sent = Assert.Single(handler.Sent).Uri;
            Assert.Equal("https://api.intercom.test" + expected + "?per_page=5&q=a%26b%3Dc", sent.AbsoluteUri);
        }

        [Theory]
        [InlineData("/http://other.test:8080/x")]
        [InlineData(" /http://other.test:8080/x")]
        [InlineData("//other.test/x")]
        [InlineData("contacts/../tags/5")]
        public async Task The_raw_api_sends_nothing_for_a_hostile_path(string path)
        {
            var handler = new RecordingHandler();
            using var connection = await Connect(handler);
            handler.Clear();

            await Assert.ThrowsAsync<ArgumentException>(() => connection.Raw.SendAsync("POST", path, null, new Dictionary<string, object?> { ["a"] = 1 }, CancellationToken.None));

            Assert.Empty(handler.Sent);
        }

        public static IEnumerable<object[]> IdPathBuilders()
        {
            var builders = new Dictionary<string, Func<IntercomConnection, string, Task>>
            {
                ["GET /contacts/{id}"] = (c, id) => c.Contacts.GetAsync(id, CancellationToken.None, noCache: true),
                ["GET /contacts/find_by_external_id/{id}"] = (c, id) => c.Contacts.GetByAsync("by_external_id", id, CancellationToken.None),
                ["GET /conversations/{id}"] = (c, id) => c.Conversations.GetAsync(id, CancellationToken.None, noCache: true),
                ["GET /companies/{id}"] = (c, id) => c.Companies.GetAsync(id, CancellationToken.None, noCache: true),
                ["GET /admins/{id}"] = (c, id) => c.Admins.GetAsync(id, CancellationToken.None, noCache: true),
                ["GET /teams/{id}"] = (c, id) => c.Teams.GetAsync(id, CancellationToken.None, noCache: true),
                ["GET /tags/{id}"] = (c, id) => c.Tags.GetAsync(id, CancellationToken.None, noCache: true),
                ["GET /segments/{id}"] = (c, id) => c.Segments.GetAsync(id, CancellationToken.None, noCache: true),
                ["PUT /contacts/{id}"] = (c, id) => c.ContactChanges.UpdateAsync(id, new IntercomPS.Engine.Resources.ContactFields { Name = "x" }, CancellationToken.None),
                ["DELETE /contacts/{id}"] = (c, id) => c.ContactChanges.DeleteAsync(id, CancellationToken.None),
                ["POST /contacts/{id}/archive"] = (c, id) => c.ContactChanges.SetArchivedAsync(id, true, CancellationToken.None),
                ["POST /contacts/{id}/notes"] = (c, id) => c.ContactChanges.AddNoteAsync(id, "note", "1", CancellationToken.None),
                ["POST /contacts/{id}/tags"] = (c, id) => c.ContactChanges.TagAsync(id, "5", CancellationToken.None),
                ["DELETE /contacts/{id}/tags/{tag}"] = (c, id) => c.ContactChanges.UntagAsync(id, "5", CancellationToken.None),
                ["DELETE /contacts/{contact}/tags/{id}"] = (c, id) => c.ContactChanges.UntagAsync("7", id, CancellationToken.None),
                ["POST /conversations/{id}/reply"] = (c, id) => c.ConversationChanges.ReplyAsync(id, "hi", false, "1", CancellationToken.None),
                ["POST /conversations/{id}/parts (close)"] = (c, id) => c.ConversationChanges.CloseAsync(id, "1", null, CancellationToken.None),
                ["POST /conversations/{id}/parts (open)"] = (c, id) => c.ConversationChanges.OpenAsync(id, "1", CancellationToken.None),
                ["POST /conversations/{id}/tags"] = (c, id) => c.ConversationChanges.TagAsync(id, "5", "1", CancellationToken.None),
                ["DELETE /conversations/{id}/tags/{tag}"] = (c, id) => c.ConversationChanges.UntagAsync(id, "5", "1", CancellationToken.None),
                ["DELETE /conversations/{conversation}/tags/{id}"] = (c, id) => c.ConversationChanges.UntagAsync("7", id, "1", CancellationToken.None),
                ["DELETE /tags/{id}"] = (c, id) => c.TagChanges.DeleteAsync(id, CancellationToken.None),
            };
            foreach (var id in new[] { ".", "..", " .. ", "", "   ", "\t" })
            {
                foreach (var builder in builders) yield return new object[] { builder.Key, id, builder.Value };
            }
        }

        [Theory]
        [MemberData(nameof(IdPathBuilders))]
        public async Task An_id_that_is_not_one_path_segment_is_refused_before_anything_is_sent(string route, string id, Func<IntercomConnection, string, Task> call)
        {
            var handler = new RecordingHandler();
            using var connection = await Connect(handler);
            handler.Clear();

            var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(connection, id));

            Assert.True(handler.Sent.Count == 0, $"{route} with id '{id}' sent {string.Join(", ", handler.Sent.Select(s => s.Method + " " + s.Uri))}");
            Assert.Contains(id.Trim().Length == 0 ? "The id is empty" : "is not an id", error.Message);
        }

        [Theory]
        [InlineData("a/b", "/contacts/a%2Fb")]
        [InlineData("a?b", "/contacts/a%3Fb")]
        [InlineData("a#b", "/contacts/a%23b")]
        [InlineData("50%", "/contacts/50%25")]
        [InlineData("%2e%2e", "/contacts/%252e%252e")]
        [InlineData("...", "/contacts/...")]
        public async Task Every_other_id_is_escaped_into_one_segment(string id, string expectedPath)
        {
            var handler = new RecordingHandler();
            using var connection = await Connect(handler);
            handler.Clear();

            await connection.ContactChanges.DeleteAsync(id, CancellationToken.None);

            var sent = Assert.Single(handler.Sent);
            Assert.Equal("DELETE", sent.Method);
            Assert.Equal("/base" + expectedPath, sent.Uri.AbsolutePath);
        }

        internal static IntercomClient Client(HttpMessageHandler handler) =>
            new IntercomClient(new IntercomClientOptions(Base, TransportTestKit.Token) { Handler = handler, MaxRetries = 0 });

        internal static Task<IntercomConnection> Connect(HttpMessageHandler handler, Action<IntercomClientOptions>? configure = null)
        {
            var options = new IntercomClientOptions(Base, TransportTestKit.Token) { Handler = handler, MaxRetries = 0 };
            configure?.Invoke(options);
            return IntercomConnection.ConnectAsync(options, "Custom", new CacheSettings(), CancellationToken.None);
        }
    }
}
