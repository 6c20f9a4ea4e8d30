using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Transport;
using Microsoft.Extensions.Time.Testing;
using static IntercomPS.Engine.Tests.Transport.TransportTestKit;

namespace IntercomPS.Engine.Tests.Transport
{
    /// <summary>An HTTP/1.1 server on loopback that answers every request with one canned response and keeps each request as text.</summary>
    internal sealed class LoopbackServer : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly ConcurrentQueue<string> _requests = new ConcurrentQueue<string>();
        private readonly Func<LoopbackServer, string> _response;

        public LoopbackServer(Func<LoopbackServer, string> response)
        {
            _response = response;
            _listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public Uri Root => new Uri($"http://127.0.0.1:{Port}/");

        public IReadOnlyList<string> Requests => _requests.ToList();

        private async Task AcceptAsync()
        {
            while (true)
            {
                Socket socket;
                try
                {
                    socket = await _listener.AcceptSocketAsync();
                }
                catch (Exception)
                {
                    return;
                }
                using (socket)
                {
                    var request = await ReadRequestAsync(socket);
                    if (request == null) continue;
                    _requests.Enqueue(request);
                    await socket.SendAsync(Encoding.ASCII.GetBytes(_response(this)), SocketFlags.None);
                    socket.Shutdown(SocketShutdown.Both);
                }
            }
        }

        private static async Task<string?> ReadRequestAsync(Socket socket)
        {
            var received = new StringBuilder();
            var buffer = new byte[4096];
            while (true)
            {
                var count = await socket.ReceiveAsync(buffer, SocketFlags.None);
                if (count == 0) return received.Length == 0 ? null : received.ToString();
                received.Append(Encoding.UTF8.GetString(buffer, 0, count));
                var text = received.ToString();
                var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (headerEnd < 0) continue;
                var lengthAt = text.IndexOf("Content-Length: ", StringComparison.OrdinalIgnoreCase);
                var length = lengthAt < 0 ? 0 : int.Parse(text.Substring(lengthAt + 16, text.IndexOf('\r', lengthAt) - lengthAt - 16), CultureInfo.InvariantCulture);
                if (text.Length - headerEnd - 4 >= length) return text;
            }
        }

        public static string Answer(int status, string reason, string body = "", params string[] headers) =>
            $"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n" +
            string.Concat(headers.Select(header => header + "\r\n")) + "\r\n" + body;

        public void Dispose() => _listener.Stop();
    }

    public class TransportSafetyTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

        [Theory]
        [InlineData(307, "Temporary Redirect")]
        [InlineData(308, "Permanent Redirect")]
        [InlineData(301, "Moved Permanently")]
        [InlineData(302, "Found")]
        public async Task A_redirect_to_another_host_is_not_followed_and_the_error_names_where_it_pointed(int status, string reason)
        {
            using var elsewhere = new LoopbackServer(_ => LoopbackServer.Answer(200, "OK", """{"type":"contact","id":"stolen"}"""));
            var location = new Uri(elsewhere.Root, "collect?from=intercomps");
            using var api = new LoopbackServer(_ => LoopbackServer.Answer(status, reason, "", "Location: " + location.AbsoluteUri));
            // The real network handler (no test handler): redirects are the HTTP stack's business.
            using var client = new IntercomClient(new IntercomClientOptions(api.Root, Token) { MaxRetries = 3, BaseRetryDelay = TimeSpan.Zero, Proxy = new WebProxy() });
            var create = new ApiRequest(HttpMethod.Post, "contacts") { JsonBody = Encoding.UTF8.GetBytes("""{"email":"secret-body@example.com"}""") };

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => client.SendAsync(create, CancellationToken.None)).WaitAsync(Patience);

            Assert.Empty(elsewhere.Requests);
            var sent = Assert.Single(api.Requests);
            Assert.Contains("secret-body@example.com", sent);
            Assert.Equal(1, error.Attempts);
            Assert.Equal((HttpStatusCode)status, error.StatusCode);
            Assert.Contains("was redirected", error.Message);
            Assert.Contains(location.AbsoluteUri, error.Message);
            Assert.DoesNotContain(Token, error.Message);
        }

        [Fact]
        public async Task A_read_redirected_to_the_same_host_is_not_followed_or_retried_either()
        {
            using var api = new LoopbackServer(server => LoopbackServer.Answer(307, "Temporary Redirect", "", $"Location: /elsewhere"));
            using var client = new IntercomClient(new IntercomClientOptions(api.Root, Token) { MaxRetries = 3, BaseRetryDelay = TimeSpan.Zero, Proxy = new WebProxy() });

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => client.SendAsync(Get("contacts"), CancellationToken.None)).WaitAsync(Patience);

            Assert.Single(api.Requests);
            Assert.Contains(new Uri(api.Root, "elsewhere").AbsoluteUri, error.Message);
        }

        [Fact]
        public async Task No_public_property_of_a_connection_reaches_the_token_or_the_proxy_password()
        {
            const string ProxyPassword = "proxy-PASSWORD-4b3a";
            var handler = new RecordingHandler();
            using var connection = await RequestTargetTests.Connect(handler, options =>
            {
                options.Proxy = new WebProxy("http://proxy.test:3128") { Credentials = new NetworkCredential("proxy-user", ProxyPassword) };
            });

            var leaks = Walk(connection).Where(text => text.Value.Contains(Token) || text.Value.Contains(ProxyPassword)).Select(text => text.Path).ToList();

            Assert.Empty(leaks);
        }

        [Fact]
        public async Task A_body_longer_than_the_cap_fails_once_with_an_error_that_names_the_limit()
        {
            var clock = new FakeTimeProvider(Start);
            var page = "{\"data\":[" + string.Join(",", Enumerable.Repeat("\"xxxxxxxxxx\"", 200)) + "]}";
            var server = new ScriptedHandler(clock, Answers.Ok(page));
            using var client = Client(server, clock, options => options.MaxResponseBodyBytes = 1000);

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => Send(client, Get("tags")));

            Assert.Equal(1, server.Sends);
            Assert.Contains("1000 bytes", error.Message);
            Assert.Contains("MaxResponseBodyBytes", error.Message);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task The_cap_holds_whether_or_not_the_server_declares_the_length(bool declared)
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, (request, token) => Task.FromResult(Body(new string(' ', 5000) + "{}", declared)));
            using var client = Client(server, clock, options => options.MaxResponseBodyBytes = 4096);

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => Send(client, Get("me")));

            Assert.Contains("4096 bytes", error.Message);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task A_body_up_to_the_cap_is_read_whole(bool declared)
        {
            var clock = new FakeTimeProvider(Start);
            var json = "{\"type\":\"admin\",\"id\":\"1\",\"name\":\"" + new string('a', 100_000) + "\"}";
            var server = new ScriptedHandler(clock, (request, token) => Task.FromResult(Body(json, declared)));
            using var client = Client(server, clock, options => options.MaxResponseBodyBytes = Encoding.UTF8.GetByteCount(json));

            var admin = await client.SendAsync(Get("me"), (_, body) => IntercomPS.Engine.Json.IntercomJson.Deserialize<IntercomPS.Engine.Models.Admin>(body), CancellationToken.None);

            Assert.Equal(100_000, admin.Name!.Length);
        }

        [Theory]
        [InlineData(429)]
        [InlineData(503)]
        public async Task Retry_after_in_seconds_is_honoured(int status)
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, WithRetryAfter(status, "20"), Answers.Ok());
            using var client = Client(server, clock);

            await clock.RunClockUntil(Send(client, Get()), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(5));

            var wait = server.SendTimes[1] - server.SendTimes[0];
            Assert.InRange(wait, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(21));
        }

        [Fact]
        public async Task Retry_after_as_a_date_is_measured_against_the_server_clock()
        {
            var clock = new FakeTimeProvider(Start);
            // The server's clock is an hour ahead of ours (HTTP dates have whole seconds); it asks for 30 s by its own clock.
            var serverNow = new DateTimeOffset(Start.Year, Start.Month, Start.Day, Start.Hour + 1, 0, 0, TimeSpan.Zero);
            Answer answer = (request, token) =>
            {
                var response = Answers.Response(HttpStatusCode.ServiceUnavailable, "{}");
                response.Headers.Date = serverNow;
                response.Headers.TryAddWithoutValidation("Retry-After", serverNow.AddSeconds(30).ToString("r", CultureInfo.InvariantCulture));
                return Task.FromResult(response);
            };
            var server = new ScriptedHandler(clock, answer, Answers.Ok());
            using var client = Client(server, clock);

            await clock.RunClockUntil(Send(client, Get()), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(5));

            Assert.InRange(server.SendTimes[1] - server.SendTimes[0], TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(31));
        }

        [Fact]
        public async Task Retry_after_is_capped_by_the_longest_rate_limit_wait()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, WithRetryAfter(429, "86400"), Answers.Ok());
            using var client = Client(server, clock, options => options.MaxRateLimitWait = TimeSpan.FromSeconds(40));

            await clock.RunClockUntil(Send(client, Get()), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(5));

            Assert.InRange(server.SendTimes[1] - server.SendTimes[0], TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(41));
        }

        [Theory]
        [InlineData("1741000012000", 1741000012L)]
        [InlineData("1741000012", 1741000012L)]
        public async Task A_rate_limit_reset_in_milliseconds_or_seconds_is_read_as_that_instant(string header, long unixSeconds)
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, WithRateLimitReset(header));
            using var client = Client(server, clock);

            var response = await Send(client, Get());

            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), response.RateLimit!.Reset);
        }

        [Theory]
        [InlineData("soon")]
        [InlineData("99999999999999999999999")]
        [InlineData("-5")]
        [InlineData("1.5e9")]
        [InlineData("9223372036854775807")]
        public async Task An_unusable_rate_limit_reset_is_ignored_and_never_fails_a_200(string header)
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, WithRateLimitReset(header), Answers.Ok());
            using var client = Client(server, clock);

            var first = await Send(client, Get());
            var second = await Send(client, Get());

            Assert.Null(first.RateLimit);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        private static Answer WithRetryAfter(int status, string retryAfter) =>
            (request, token) =>
            {
                var response = Answers.Response((HttpStatusCode)status, """{"type":"error.list","errors":[{"code":"busy","message":"later"}]}""");
                response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
                return Task.FromResult(response);
            };

        private static Answer WithRateLimitReset(string reset) =>
            (request, token) =>
            {
                var response = Answers.Response(HttpStatusCode.OK, Answers.AdminJson);
                response.Headers.TryAddWithoutValidation(RateLimitHeaders.Limit, "1000");
                response.Headers.TryAddWithoutValidation(RateLimitHeaders.Remaining, "999");
                response.Headers.TryAddWithoutValidation(RateLimitHeaders.Reset, reset);
                return Task.FromResult(response);
            };

        private static HttpResponseMessage Body(string json, bool declareLength)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            HttpContent content = declareLength ? new ByteArrayContent(bytes) : new StreamContent(new UnseekableStream(bytes));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            if (!declareLength) Assert.Null(content.Headers.ContentLength);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        }

        /// <summary>Every readable value reachable through public properties, with the path that reached it.</summary>
        internal static IEnumerable<(string Path, string Value)> Walk(object root, int maxDepth = 10)
        {
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var pending = new Stack<(object Value, string Path, int Depth)>();
            pending.Push((root, root.GetType().Name, 0));
            while (pending.Count > 0)
            {
                var (value, path, depth) = pending.Pop();
                var type = value.GetType();
                if (value is string || type.IsPrimitive || type.IsEnum || value is Uri || value is DateTimeOffset || value is TimeSpan || value is decimal)
                {
                    yield return (path, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                    continue;
                }
                if (depth >= maxDepth || !seen.Add(value)) continue;
                yield return (path, value.ToString() ?? string.Empty);
                if (value is IEnumerable sequence)
                {
                    var index = 0;
                    foreach (var item in sequence)
                    {
                        if (item != null && index < 50) pending.Push((item, $"{path}[{index}]", depth + 1));
                        index++;
                    }
                }
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length > 0 || property.GetMethod == null || !property.GetMethod.IsPublic) continue;
                    object? child;
                    try
                    {
                        child = property.GetValue(value);
                    }
                    catch (Exception)
                    {
                        continue;
                    }
                    if (child != null) pending.Push((child, path + "." + property.Name, depth + 1));
                }
            }
        }

        /// <summary>A stream whose length is unknown, as a chunked or decompressed body is.</summary>
        private sealed class UnseekableStream : MemoryStream
        {
            public UnseekableStream(byte[] bytes) : base(bytes)
            {
            }

            public override bool CanSeek => false;

            public override long Length => throw new NotSupportedException();
        }
    }
}
