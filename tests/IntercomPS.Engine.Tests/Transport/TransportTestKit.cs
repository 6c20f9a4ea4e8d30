using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Transport;
using Microsoft.Extensions.Time.Testing;

namespace IntercomPS.Engine.Tests.Transport
{
    /// <summary>What the fake server does with one request.</summary>
    internal delegate Task<HttpResponseMessage> Answer(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <summary>Ready-made server behaviours. Those that model a server receiving the request read its body first, as a real one must.</summary>
    internal static class Answers
    {
        public const string AdminJson = """{"type":"admin","id":"1","name":"Ada"}""";

        public static Answer Ok(string json = AdminJson) => Status(HttpStatusCode.OK, json);

        public static Answer Status(HttpStatusCode status, string json, RateLimitSnapshot? rateLimit = null, string? requestId = null) =>
            async (request, cancellationToken) =>
            {
                await ReadBodyAsync(request).ConfigureAwait(false);
                return Response(status, json, rateLimit, requestId);
            };

        public static Answer ServerError(HttpStatusCode status = HttpStatusCode.ServiceUnavailable) =>
            Status(status, """{"type":"error.list","request_id":"req-5xx","errors":[{"code":"service_unavailable","message":"Try again later"}]}""", requestId: "req-5xx");

        public static Answer RateLimited(DateTimeOffset reset, int limit = 600) =>
            Status((HttpStatusCode)429, """{"type":"error.list","errors":[{"code":"rate_limit_exceeded","message":"Exceeded rate limit"}]}""",
                new RateLimitSnapshot(limit, 0, reset), "req-429");

        /// <summary>A 200 whose body was cut short, as the sandbox's MalformedBodyRate does.</summary>
        public static Answer Truncated() => Status(HttpStatusCode.OK, """{"type":"admin","id":"1","na""");

        /// <summary>Nobody listens on the port: fails before anything is written.</summary>
        public static Answer ConnectionRefused() =>
            (request, cancellationToken) => throw new HttpRequestException("Connection refused (api.intercom.io:443)",
                new SocketException((int)SocketError.ConnectionRefused));

        /// <summary>Fails while sending the headers, before the body was written (e.g. a stale pooled connection).</summary>
        public static Answer FailsBeforeWritingBody() =>
            (request, cancellationToken) => throw new HttpRequestException("An error occurred while sending the request.",
                new IOException("Unable to write data to the transport connection: Broken pipe."));

        /// <summary>The server got the whole request, then the connection died before the answer.</summary>
        public static Answer DropsAfterReceiving() =>
            async (request, cancellationToken) =>
            {
                await ReadBodyAsync(request).ConfigureAwait(false);
                throw new HttpRequestException("The response ended prematurely.", new IOException("Connection reset by peer"));
            };

        /// <summary>The server got the request and never answers: only the attempt timeout ends it.</summary>
        public static Answer NeverAnswers() =>
            async (request, cancellationToken) =>
            {
                await ReadBodyAsync(request).ConfigureAwait(false);
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                throw new InvalidOperationException("unreachable");
            };

        public static HttpResponseMessage Response(HttpStatusCode status, string json, RateLimitSnapshot? rateLimit = null, string? requestId = null)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            if (rateLimit != null)
            {
                response.Headers.Add(RateLimitHeaders.Limit, rateLimit.Limit.ToString(CultureInfo.InvariantCulture));
                response.Headers.Add(RateLimitHeaders.Remaining, rateLimit.Remaining.ToString(CultureInfo.InvariantCulture));
                response.Headers.Add(RateLimitHeaders.Reset, rateLimit.Reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            }
            if (requestId != null) response.Headers.Add("X-Request-Id", requestId);
            return response;
        }

        private static Task ReadBodyAsync(HttpRequestMessage request) =>
            request.Content == null ? Task.CompletedTask : request.Content.ReadAsByteArrayAsync();
    }

    /// <summary>A fake server that plays one answer per request, in order, repeating the last; it records every send.</summary>
    internal sealed class ScriptedHandler : HttpMessageHandler
    {
        private readonly TimeProvider _clock;
        private readonly Answer[] _script;
        private readonly ConcurrentQueue<(DateTimeOffset At, string? Authorization)> _sends = new ConcurrentQueue<(DateTimeOffset, string?)>();
        private int _next = -1;

        public ScriptedHandler(TimeProvider clock, params Answer[] script)
        {
            _clock = clock;
            _script = script;
        }

        public int Sends => _sends.Count;

        public IReadOnlyList<DateTimeOffset> SendTimes => _sends.Select(send => send.At).ToList();

        public IReadOnlyList<string?> AuthorizationHeaders => _sends.Select(send => send.Authorization).ToList();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _sends.Enqueue((_clock.GetUtcNow(), request.Headers.Authorization?.ToString()));
            var index = Math.Min(Interlocked.Increment(ref _next), _script.Length - 1);
            return _script[index](request, cancellationToken);
        }
    }

    /// <summary>Collects the records and waits the transport reports, from any thread.</summary>
    internal sealed class RecordingObserver : IRequestObserver
    {
        private readonly ConcurrentQueue<RequestRecord> _records = new ConcurrentQueue<RequestRecord>();
        private readonly ConcurrentQueue<(string Reason, TimeSpan Wait)> _waits = new ConcurrentQueue<(string, TimeSpan)>();
        private readonly TaskCompletionSource<bool> _firstWait = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<RequestRecord> Records => _records.ToList();

        public IReadOnlyList<(string Reason, TimeSpan Wait)> Waits => _waits.ToList();

        /// <summary>Completes when the transport announces its first wait (backoff, rate limit).</summary>
        public Task FirstWait => _firstWait.Task;

        public void OnRequest(RequestRecord record) => _records.Enqueue(record);

        public void OnWait(string reason, TimeSpan wait)
        {
            _waits.Enqueue((reason, wait));
            _firstWait.TrySetResult(true);
        }
    }

    internal static class TransportTestKit
    {
        /// <summary>Deliberately odd, so it cannot match by accident; asserted absent from every message and record.</summary>
        public const string Token = "tok_SECRET_9f8e7d6c5b4a";

        /// <summary>Not on a window boundary, and with a fraction of a second, as a real clock would be.</summary>
        public static readonly DateTimeOffset Start = new DateTimeOffset(2025, 3, 3, 10, 0, 2, 300, TimeSpan.Zero);

        public static IntercomClient Client(HttpMessageHandler handler, TimeProvider clock, Action<IntercomClientOptions>? configure = null)
        {
            var options = new IntercomClientOptions(new Uri("https://api.intercom.test/"), Token)
            {
                Handler = handler,
                TimeProvider = clock,
                JitterSeed = 7,
            };
            configure?.Invoke(options);
            return new IntercomClient(options);
        }

        public static ApiRequest Get(string path = "me") => new ApiRequest(HttpMethod.Get, path);

        public static ApiRequest Create(string path = "contacts") =>
            new ApiRequest(HttpMethod.Post, path) { JsonBody = Encoding.UTF8.GetBytes("""{"role":"user","email":"ada@example.com"}""") };

        /// <summary>
        /// Starts the call with the observer as the operation's observer, as a cmdlet does, reading the body as JSON
        /// inside the attempt as every engine caller does.
        /// </summary>
        public static Task<ApiResponse> Send(IntercomClient client, ApiRequest request, IRequestObserver? observer = null, CancellationToken cancellationToken = default)
        {
            using (RequestObserverScope.Begin(observer))
            {
                return Read(client, request, cancellationToken);
            }
        }

        /// <summary>Sends the request and reads its body as JSON inside the attempt; answers the response.</summary>
        public static Task<ApiResponse> Read(IntercomClient client, ApiRequest request, CancellationToken cancellationToken = default) =>
            client.SendAsync(request, (response, body) =>
            {
                _ = IntercomPS.Engine.Json.IntercomJson.ToPlain(body);
                return response;
            }, cancellationToken);

        /// <summary>
        /// Moves the fake clock forward in steps until the task ends, pausing a real millisecond per step so the
        /// continuations the step released can run. Fails if the task outlives <paramref name="limit"/> of fake time.
        /// Does not observe the task's result: the caller asserts on it.
        /// </summary>
        public static async Task RunClockUntilDone(this FakeTimeProvider clock, Task task, TimeSpan step, TimeSpan limit)
        {
            var end = clock.GetUtcNow() + limit;
            while (!task.IsCompleted)
            {
                if (clock.GetUtcNow() >= end) throw new TimeoutException($"Still running after {limit} of fake time.");
                await Task.Delay(1).ConfigureAwait(false);
                if (!task.IsCompleted) clock.Advance(step);
            }
        }

        public static async Task<T> RunClockUntil<T>(this FakeTimeProvider clock, Task<T> task, TimeSpan step, TimeSpan limit)
        {
            await clock.RunClockUntilDone(task, step, limit).ConfigureAwait(false);
            return await task.ConfigureAwait(false);
        }
    }
}
