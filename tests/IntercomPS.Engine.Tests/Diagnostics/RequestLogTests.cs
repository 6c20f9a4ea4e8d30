using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using IntercomPS.Engine.Diagnostics;
using IntercomPS.Engine.Tests.Transport;
using IntercomPS.Engine.Transport;
using Microsoft.Extensions.Time.Testing;
using static IntercomPS.Engine.Tests.Transport.TransportTestKit;

namespace IntercomPS.Engine.Tests.Diagnostics
{
    public sealed class RequestLogTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "ips-requestlog-" + Guid.NewGuid().ToString("N"));

        public RequestLogTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public async Task Writes_one_line_per_attempt_with_every_field_and_no_token_body_or_query_value()
        {
            var clock = new FakeTimeProvider(Start);
            var window = new RateLimitSnapshot(600, 97, new DateTimeOffset(2025, 3, 3, 10, 0, 10, TimeSpan.Zero));
            var server = new ScriptedHandler(clock,
                Answers.ServerError(),
                Answers.Status(HttpStatusCode.OK, Answers.AdminJson, window, requestId: "req-42"));
            var log = Path.Combine(_folder, "requests.jsonl");
            using (var client = Client(server, clock, options => options.RequestLogPath = log))
            {
                var request = new ApiRequest(HttpMethod.Get, "contacts/6a9a0a00f7807829").WithQuery("email", "ada@example.com");
                await clock.RunClockUntil(Send(client, request), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));
            }

            var text = File.ReadAllText(log);
            Assert.DoesNotContain(Token, text);
            Assert.DoesNotContain("ada", text);
            Assert.DoesNotContain("6a9a0a00f7807829", text);
            var lines = text.Split('\n').Where(line => line.Length > 0).Select(line => JsonDocument.Parse(line).RootElement).ToList();
            Assert.Equal(2, lines.Count);
            Assert.EndsWith("\n", text);

            var first = lines[0];
            Assert.Equal("GET /contacts/{id}", first.GetProperty("route").GetString());
            Assert.Equal("GET", first.GetProperty("method").GetString());
            Assert.Equal(503, first.GetProperty("status").GetInt32());
            Assert.Equal(1, first.GetProperty("attempt").GetInt32());
            Assert.Equal(JsonValueKind.Null, first.GetProperty("retryReason").ValueKind);
            Assert.Equal("2025-03-03T10:00:02.3000000Z", first.GetProperty("time").GetString());

            var retry = lines[1];
            Assert.Equal(200, retry.GetProperty("status").GetInt32());
            Assert.Equal(2, retry.GetProperty("attempt").GetInt32());
            Assert.Equal("503 Service Unavailable", retry.GetProperty("retryReason").GetString());
            Assert.Equal(600, retry.GetProperty("rateLimitLimit").GetInt32());
            Assert.Equal(97, retry.GetProperty("rateLimitRemaining").GetInt32());
            Assert.Equal("2025-03-03T10:00:10.0000000Z", retry.GetProperty("rateLimitReset").GetString());
            Assert.Equal("req-42", retry.GetProperty("requestId").GetString());
            Assert.Equal(Encoding.UTF8.GetByteCount(Answers.AdminJson), retry.GetProperty("bytes").GetInt64());
            Assert.True(retry.GetProperty("durationMs").GetDouble() >= 0);
            Assert.True(DateTimeOffset.Parse(retry.GetProperty("time").GetString()!) > Start, "the retry is sent after the backoff");
        }

        [Fact]
        public void Two_writers_with_their_own_handles_append_without_overwriting_or_interleaving()
        {
            // Two handles on one file behave as two processes do: each has its own file offset. Only appends placed
            // by the kernel (O_APPEND / FILE_APPEND_DATA) keep both writers' lines; positioned writes overwrite.
            var path = Path.Combine(_folder, "shared.jsonl");
            const int perWriter = 2000;
            var writers = new[] { RequestLog.Open(path), RequestLog.Open(path) };
            try
            {
                Parallel.For(0, writers.Length, writer =>
                {
                    for (var i = 0; i < perWriter; i++)
                    {
                        writers[writer].Append(new RequestRecord("GET", "/x", $"GET /writer{(char)('a' + writer)}", 200,
                            TimeSpan.FromMilliseconds(i), 1, null, i, Failure: new string('x', i % 200), StartedAt: Start.AddMilliseconds(i)));
                    }
                });
            }
            finally
            {
                foreach (var writer in writers) writer.Dispose();
            }

            var lines = File.ReadAllLines(path);
            Assert.Equal(2 * perWriter, lines.Length);
            var records = lines.Select(line => RequestLog.TryParse(line, out var record) ? record : throw new Xunit.Sdk.XunitException("torn line: " + line)).ToList();
            Assert.Equal(perWriter, records.Count(record => record!.Route == "GET /writera"));
            Assert.Equal(perWriter, records.Count(record => record!.Route == "GET /writerb"));
        }

        [Fact]
        public void Reading_skips_an_unfinished_last_line_and_lines_that_are_not_records()
        {
            var path = Path.Combine(_folder, "cut.jsonl");
            using (var log = RequestLog.Open(path))
            {
                log.Append(Record("GET /me", 200, 12.5, Start));
                log.Append(Record("GET /me", 200, 14.5, Start.AddSeconds(1)));
            }
            File.AppendAllText(path, "{\"time\":\"2025-03-03T10:00:05.000Z\",\"method\":\"GET\",\"route\":\"GET /m");

            Assert.Equal(2, RequestLog.Read(path).Count());
            var summary = RequestLog.Summarize(path);
            Assert.Equal(2, summary.Total.Requests);
            Assert.Equal(1, summary.SkippedLines);
        }

        [Fact]
        public void A_request_ending_after_the_log_was_closed_is_not_written_anywhere_and_does_not_fail()
        {
            var path = Path.Combine(_folder, "closed.jsonl");
            var log = RequestLog.Open(path);
            log.Append(Record("GET /me", 200, 1, Start));
            log.Dispose();
            var other = Path.Combine(_folder, "other.txt");
            using (var stream = File.Open(other, FileMode.Create))
            {
                // The closed descriptor's number is likely reused by this file: nothing may land in it.
                log.Append(Record("GET /me", 200, 1, Start));
            }

            Assert.Single(File.ReadAllLines(path));
            Assert.Equal(0, new FileInfo(other).Length);
            Assert.Equal(0, log.WriteFailures);
        }

        [Fact]
        public async Task A_log_summarises_to_the_same_statistics_as_the_live_connection()
        {
            var clock = new FakeTimeProvider(Start);
            var answers = new List<Answer>();
            for (var i = 0; i < 40; i++)
            {
                answers.Add(i % 9 == 4 ? Answers.ServerError() : Answers.Status(HttpStatusCode.OK, Answers.AdminJson,
                    new RateLimitSnapshot(600, 90 - i, new DateTimeOffset(2025, 3, 3, 10, 1, 0, TimeSpan.Zero))));
            }
            var server = new ScriptedHandler(clock, answers.ToArray());
            var log = Path.Combine(_folder, "same.jsonl");
            using var client = Client(server, clock, options => options.RequestLogPath = log);
            for (var i = 0; i < 30; i++)
            {
                clock.Advance(TimeSpan.FromMilliseconds(900));
                await clock.RunClockUntil(Send(client, new ApiRequest(HttpMethod.Get, i % 2 == 0 ? "contacts/" + i : "teams")), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));
            }

            var live = client.Statistics.Summarize();
            var fromLog = RequestLog.Summarize(log);
            Assert.Equal(Describe(live.Routes.Concat(new[] { live.Total })), Describe(fromLog.Routes.Concat(new[] { fromLog.Total })));
            Assert.Equal(live.Timeline.Select(window => (window.Start, window.Requests, window.Failed, window.Retries, window.LowestRateLimitRemaining)),
                fromLog.Timeline.Select(window => (window.Start, window.Requests, window.Failed, window.Retries, window.LowestRateLimitRemaining)));
            Assert.Equal(live.Causes.Select(cause => (cause.Cause, cause.FailedAttempts, cause.Retries)),
                fromLog.Causes.Select(cause => (cause.Cause, cause.FailedAttempts, cause.Retries)));
            Assert.Contains(live.Routes, route => route.Route == "GET /contacts/{id}");
            Assert.True(live.Total.Retries > 0);
        }

        private static IEnumerable<string> Describe(IEnumerable<RouteStatistics> routes) =>
            routes.Select(route => string.Join("|", route.Route, route.Requests, route.Errors, route.Retries, route.RateLimited, route.P50Ms, route.P95Ms,
                route.P99Ms, route.MaxMs, route.BytesReceived, route.FirstRequestAt, route.LastRequestAt, route.RequestsPerMinute,
                route.LowestRateLimitRemaining, route.LastRateLimitRemaining));

        internal static RequestRecord Record(string route, int? status, double milliseconds, DateTimeOffset startedAt, int attempt = 1,
            RateLimitSnapshot? rateLimit = null, string? failure = null, string? retryReason = null) =>
            // From ticks: .NET Framework's TimeSpan.FromMilliseconds rounds to whole milliseconds.
            new RequestRecord("GET", "/x", route, status, TimeSpan.FromTicks((long)Math.Round(milliseconds * TimeSpan.TicksPerMillisecond)), attempt, rateLimit, 100, failure, startedAt, "req", retryReason);
    }
}
