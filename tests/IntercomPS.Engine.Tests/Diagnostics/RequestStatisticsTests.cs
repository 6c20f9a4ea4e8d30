using System;
using System.Linq;
using IntercomPS.Engine.Diagnostics;
using IntercomPS.Engine.Transport;
using Microsoft.Extensions.Time.Testing;
using static IntercomPS.Engine.Tests.Diagnostics.RequestLogTests;
using static IntercomPS.Engine.Tests.Transport.TransportTestKit;

namespace IntercomPS.Engine.Tests.Diagnostics
{
    public class RequestStatisticsTests
    {
        [Fact]
        public void Percentiles_are_rounded_to_a_tenth_of_a_millisecond_and_include_P99()
        {
            var statistics = new ApiStatistics(new FakeTimeProvider(Start));
            for (var i = 1; i <= 1000; i++) statistics.RecordAttempt(Record("GET /contacts", 200, i + 0.123456, Start));

            var total = statistics.SnapshotTotal();
            foreach (var value in new[] { total.P50Ms, total.P95Ms, total.P99Ms, total.MaxMs })
            {
                Assert.Equal(Math.Round(value, 1), value);
            }
            Assert.InRange(total.P99Ms, 990, 990 * 1.05);
            Assert.Equal(1000.1, total.MaxMs);
        }

        [Fact]
        public void Time_span_rate_and_rate_limit_headroom_are_measured()
        {
            var statistics = new ApiStatistics(new FakeTimeProvider(Start));
            var reset = Start.AddSeconds(10);
            statistics.RecordAttempt(Record("GET /a", 200, 500, Start, rateLimit: new RateLimitSnapshot(600, 80, reset)));
            statistics.RecordAttempt(Record("GET /a", 200, 500, Start.AddSeconds(30), rateLimit: new RateLimitSnapshot(600, 3, reset)));
            statistics.RecordAttempt(Record("GET /b", 200, 500, Start.AddSeconds(89.5), rateLimit: new RateLimitSnapshot(600, 41, reset)));

            var total = statistics.SnapshotTotal();
            Assert.Equal(Start, total.FirstRequestAt);
            Assert.Equal(Start.AddSeconds(90), total.LastRequestAt);
            Assert.Equal(TimeSpan.FromSeconds(90), total.TimeSpan);
            Assert.Equal(2.0, total.RequestsPerMinute);
            Assert.Equal(3, total.LowestRateLimitRemaining);
            Assert.Equal(41, total.LastRateLimitRemaining);
        }

        [Fact]
        public void Errors_are_the_calls_whose_last_attempt_failed_and_causes_count_failures_and_retries()
        {
            var statistics = new ApiStatistics(new FakeTimeProvider(Start));
            // A call that failed with 503, was retried and succeeded; a call retried after 429 that failed with 404; a dropped connection never retried.
            statistics.RecordAttempt(Record("GET /a", 503, 5, Start));
            statistics.RecordAttempt(Record("GET /a", 200, 5, Start.AddSeconds(1), attempt: 2, retryReason: "503 Service Unavailable"));
            statistics.RecordAttempt(Record("GET /a", 429, 5, Start.AddSeconds(2)));
            statistics.RecordAttempt(Record("GET /a", 404, 5, Start.AddSeconds(12), attempt: 2, retryReason: "429 Too Many Requests"));
            statistics.RecordAttempt(Record("POST /b", null, 5, Start.AddSeconds(13), failure: "connection reset"));

            var summary = statistics.Summarize();
            var a = summary.Routes.Single(route => route.Route == "GET /a");
            Assert.Equal((4L, 1L, 2L, 1L), (a.Requests, a.Errors, a.Retries, a.RateLimited));
            Assert.Equal(2, summary.Total.Errors);
            var causes = summary.Causes.ToDictionary(cause => cause.Cause, cause => (cause.FailedAttempts, cause.Retries));
            Assert.Equal((1L, 1L), causes["503 Service Unavailable"]);
            Assert.Equal((1L, 1L), causes["429 Too Many Requests"]);
            Assert.Equal((1L, 0L), causes["404 Not Found"]);
            Assert.Equal((1L, 0L), causes["connection reset"]);
            Assert.Equal(new[] { (3L, 2L), (2L, 2L) }, summary.Timeline.Select(window => (window.Requests, window.Failed)));
            Assert.Equal(summary.Timeline[0].Start.AddSeconds(10), summary.Timeline[1].Start);
        }

        [Theory]
        [InlineData("GET /contacts/6a9a0a00f7807829", "GET /contacts/{id}")]
        [InlineData("GET /conversations/215470000012/parts", "GET /conversations/{id}/parts")]
        [InlineData("GET /contacts/{id}", "GET /contacts/{id}")]
        [InlineData("DELETE /contacts/ada%40example.com/tags/17", "DELETE /contacts/{id}/tags/{id}")]
        [InlineData("GET /contacts?email=ada@example.com", "GET /contacts")]
        [InlineData("POST /conversations/search", "POST /conversations/search")]
        public void Routes_never_carry_ids_or_query_values(string route, string template)
        {
            Assert.Equal(template, RouteTemplate.Of(route));
        }
    }
}
