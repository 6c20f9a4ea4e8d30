using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Transport;
using Microsoft.Extensions.Time.Testing;
using static IntercomPS.Engine.Tests.Transport.TransportTestKit;

namespace IntercomPS.Engine.Tests.Transport
{
    public class RateLimitTests
    {
        private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);

        [Fact]
        public async Task A_429_waits_until_the_window_resets_then_retries()
        {
            var clock = new FakeTimeProvider(Start);
            var reset = new DateTimeOffset(2025, 3, 3, 10, 0, 10, TimeSpan.Zero);
            var server = new ScriptedHandler(clock, Answers.RateLimited(reset), Answers.Ok());
            using var client = Client(server, clock);
            var observer = new RecordingObserver();

            var response = await clock.RunClockUntil(Send(client, Get(), observer), Step, TimeSpan.FromMinutes(2));

            Assert.Equal(2, response.Attempts);
            // Whole seconds until the reset (7.7 s rounds up to 8), plus up to a second of jitter.
            var retriedAt = server.SendTimes[1];
            Assert.InRange(retriedAt, reset, Start + TimeSpan.FromSeconds(9) + Step);
            var (reason, wait) = Assert.Single(observer.Waits);
            Assert.InRange(wait, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(9));
            Assert.Contains("429", reason);
            Assert.Contains("window resets 10:00:10 UTC", reason);
        }

        [Fact]
        public async Task A_reset_more_than_a_minute_away_is_waited_for_in_full()
        {
            var clock = new FakeTimeProvider(Start);
            var reset = new DateTimeOffset(2025, 3, 3, 10, 1, 37, TimeSpan.Zero); // 94.7 s away: its Seconds component is 34
            var server = new ScriptedHandler(clock, Answers.RateLimited(reset), Answers.Ok());
            using var client = Client(server, clock, options => options.MaxRateLimitWait = TimeSpan.FromMinutes(3));

            await clock.RunClockUntil(Send(client, Get()), TimeSpan.FromMilliseconds(200), TimeSpan.FromMinutes(4));

            Assert.InRange(server.SendTimes[1], reset, reset + TimeSpan.FromSeconds(1.5));
        }

        [Fact]
        public async Task A_429_wait_is_capped_by_MaxRateLimitWait()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.RateLimited(Start.AddMinutes(5)), Answers.Ok());
            using var client = Client(server, clock, options => options.MaxRateLimitWait = TimeSpan.FromSeconds(20));

            await clock.RunClockUntil(Send(client, Get()), TimeSpan.FromMilliseconds(200), TimeSpan.FromMinutes(6));

            // Neither the retry delay nor the connection's limiter (which also saw the spent window) waits beyond the cap.
            Assert.InRange(server.SendTimes[1], Start.AddSeconds(20), Start.AddSeconds(20.5));
        }

        [Fact]
        public async Task Other_requests_wait_for_the_reset_once_a_response_says_the_window_is_spent()
        {
            var clock = new FakeTimeProvider(Start);
            var reset = new DateTimeOffset(2025, 3, 3, 10, 0, 10, TimeSpan.Zero);
            var server = new ScriptedHandler(clock,
                Answers.Status(HttpStatusCode.OK, Answers.AdminJson, new RateLimitSnapshot(600, 0, reset)),
                Answers.Ok());
            using var client = Client(server, clock);
            var observer = new RecordingObserver();

            await Send(client, Get());
            await clock.RunClockUntil(Send(client, Get(), observer), Step, TimeSpan.FromMinutes(1));

            Assert.Equal(2, server.Sends);
            Assert.InRange(server.SendTimes[1], reset, reset + Step);
            var (reason, wait) = Assert.Single(observer.Waits);
            Assert.Contains("waiting for it to reset at 10:00:10 UTC", reason);
            Assert.Equal(reset - Start, wait);
        }

        [Fact]
        public async Task Concurrent_callers_share_the_remaining_budget_spread_over_the_time_left()
        {
            var clock = new FakeTimeProvider(Start);
            var gate = new RateLimitGate(clock, maxRequestsPerMinute: null);
            var reset = Start + TimeSpan.FromSeconds(5);
            gate.Complete(await gate.AcquireAsync(TimeSpan.MaxValue, default), new RateLimitSnapshot(600, 10, reset));

            var grants = Enumerable.Range(0, 12).Select(_ => AcquireTimed(gate, clock)).ToList();
            await clock.RunClockUntilDone(Task.WhenAll(grants), Step, TimeSpan.FromSeconds(30));

            var grantedAt = grants.Select(grant => grant.Result).OrderBy(at => at).ToList();
            var beforeReset = grantedAt.Where(at => at < reset).ToList();
            Assert.Equal(10, beforeReset.Count);
            // Ten requests over five seconds: one every half second, not a burst that would leave nothing for the rest.
            for (var i = 0; i < beforeReset.Count; i++)
            {
                Assert.InRange(beforeReset[i] - Start, TimeSpan.FromSeconds(0.5 * i) - Step, TimeSpan.FromSeconds(0.5 * i) + Step);
            }
            Assert.All(grantedAt.Skip(10), at => Assert.True(at >= reset));
        }

        [Fact]
        public async Task An_older_response_arriving_late_does_not_inflate_the_budget()
        {
            var clock = new FakeTimeProvider(Start);
            var gate = new RateLimitGate(clock, maxRequestsPerMinute: null);
            var reset = Start + TimeSpan.FromSeconds(10);
            var first = await gate.AcquireAsync(TimeSpan.MaxValue, default);
            var second = await gate.AcquireAsync(TimeSpan.MaxValue, default);
            // The server counted the first, then the second; their answers arrive in the opposite order.
            gate.Complete(second, new RateLimitSnapshot(600, 10, reset));
            gate.Complete(first, new RateLimitSnapshot(600, 11, reset));

            var grants = Enumerable.Range(0, 15).Select(_ => AcquireTimed(gate, clock)).ToList();
            await clock.RunClockUntilDone(Task.WhenAll(grants), Step, TimeSpan.FromSeconds(30));

            // 10 really remain. The gate counts 9: when the second was sent the first was unanswered and might not
            // have been counted yet, so the estimate stays on the safe side; the stale 11 must not lift it to 10.
            Assert.Equal(9, grants.Count(grant => grant.Result < reset));
        }

        [Fact]
        public async Task MaxRequestsPerMinute_paces_requests_before_the_server_says_anything()
        {
            var clock = new FakeTimeProvider(Start);
            var gate = new RateLimitGate(clock, maxRequestsPerMinute: 120);

            var grants = Enumerable.Range(0, 5).Select(_ => AcquireTimed(gate, clock)).ToList();
            var step = TimeSpan.FromMilliseconds(10);
            await clock.RunClockUntilDone(Task.WhenAll(grants), step, TimeSpan.FromSeconds(10));

            // A grant is stamped when its continuation runs, which may be one clock step after its timer fired (the
            // clock is stepped while continuations run on other threads: Mono under load showed 1.01 s for 1 s).
            var offsets = grants.Select(grant => (grant.Result - Start).TotalSeconds).OrderBy(seconds => seconds).ToList();
            var paced = new[] { 0, 0.5, 1, 1.5, 2 };
            for (var i = 0; i < paced.Length; i++)
            {
                Assert.InRange(offsets[i], paced[i], paced[i] + step.TotalSeconds);
            }
        }

        [Fact]
        public async Task A_spent_budget_is_waited_out_only_as_long_as_the_caller_may_wait()
        {
            var clock = new FakeTimeProvider(Start);
            var gate = new RateLimitGate(clock, maxRequestsPerMinute: null);
            gate.Complete(await gate.AcquireAsync(TimeSpan.MaxValue, default), new RateLimitSnapshot(600, 0, Start.AddSeconds(30)));

            var patient = AcquireTimed(gate, clock, TimeSpan.FromMinutes(1));
            var hurried = AcquireTimed(gate, clock, TimeSpan.FromSeconds(12));
            var step = TimeSpan.FromMilliseconds(250);
            await clock.RunClockUntilDone(Task.WhenAll(patient, hurried), step, TimeSpan.FromMinutes(1));

            Assert.Equal(Start.AddSeconds(12), await hurried);
            Assert.InRange(await patient, Start.AddSeconds(30), Start.AddSeconds(30) + step);
        }

        /// <summary>
        /// The goal: a chunked fetch at concurrency 8 against a server enforcing the limit per 10-second window
        /// sees at most 1% of requests answered 429 and sustains at least 85% of the allowed rate.
        /// </summary>
        [Fact]
        public async Task A_concurrent_fetch_stays_under_the_limit_and_near_the_allowed_rate()
        {
            const int Pages = 500;
            const int Concurrency = 8;
            var clock = new FakeTimeProvider(Start);
            var server = new WindowedRateLimitServer(clock, limitPerMinute: 600);
            using var client = Client(server, clock, options => options.MaxConnections = Concurrency);
            var nextPage = 0;

            async Task FetchPagesAsync()
            {
                int page;
                while ((page = Interlocked.Increment(ref nextPage)) <= Pages)
                {
                    var response = await client.SendAsync(Get("conversations").WithQuery("page", page.ToString()), CancellationToken.None);
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                }
            }

            var fetch = Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(FetchPagesAsync)));
            // Steps as long as the pacing interval are enough: slots are reserved on a fixed schedule, so a caller
            // woken late by a coarse step keeps its place and the rate is not lost.
            await clock.RunClockUntilDone(fetch, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5));
            var elapsed = clock.GetUtcNow() - Start;

            Assert.Equal(Pages, server.Served);
            var sent = server.Served + server.Rejected;
            Assert.True(server.Rejected <= sent / 100, $"{server.Rejected} of {sent} requests were answered 429.");
            var allowedPerSecond = server.LimitPerMinute / 60.0;
            var achievedPerSecond = Pages / elapsed.TotalSeconds;
            Assert.True(achievedPerSecond >= 0.85 * allowedPerSecond,
                $"{achievedPerSecond:0.00} requests/s is under 85% of the allowed {allowedPerSecond:0.00}/s ({elapsed.TotalSeconds:0.0} s).");
            Assert.True(server.BusiestWindow <= server.PerWindow);
            Assert.Equal(0, client.Statistics.SnapshotTotal().Errors);
        }

        private static async Task<DateTimeOffset> AcquireTimed(RateLimitGate gate, TimeProvider clock, TimeSpan? maxBudgetWait = null)
        {
            await gate.AcquireAsync(maxBudgetWait ?? TimeSpan.MaxValue, CancellationToken.None);
            return clock.GetUtcNow();
        }
    }
}
