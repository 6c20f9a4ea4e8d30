using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using IntercomPS.Engine.Diagnostics;
using IntercomPS.Engine.Transport;
using Microsoft.Extensions.Time.Testing;
using static IntercomPS.Engine.Tests.Transport.TransportTestKit;

namespace IntercomPS.Engine.Tests.Transport
{
    public class ApiStatisticsTests
    {
        [Fact]
        public async Task Counts_requests_retries_429s_errors_and_bytes_per_route()
        {
            var clock = new FakeTimeProvider(Start);
            var lastWindow = new RateLimitSnapshot(600, 97, new DateTimeOffset(2025, 3, 3, 10, 0, 20, TimeSpan.Zero));
            var server = new ScriptedHandler(clock,
                Answers.ServerError(),
                Answers.RateLimited(new DateTimeOffset(2025, 3, 3, 10, 0, 10, TimeSpan.Zero)),
                Answers.Status(HttpStatusCode.OK, Answers.AdminJson, lastWindow),
                Answers.Status((HttpStatusCode)422, """{"type":"error.list","errors":[{"code":"parameter_invalid","message":"Email is invalid"}]}"""));
            using var client = Client(server, clock);

            await clock.RunClockUntil(Send(client, new ApiRequest(HttpMethod.Get, "contacts/1") { Route = "GET /contacts/{id}" }),
                TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));
            // The gate paces at the 600/min the headers announced, so even this call waits for its slot on the clock.
            var failingCreate = Send(client, Create());
            await clock.RunClockUntilDone(failingCreate, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(5));
            await Assert.ThrowsAsync<IntercomApiException>(() => failingCreate);

            var routes = client.Statistics.Snapshot().ToDictionary(route => route.Route);
            var get = routes["GET /contacts/{id}"];
            Assert.Equal(3, get.Requests);
            Assert.Equal(2, get.Retries);
            Assert.Equal(1, get.RateLimited);
            Assert.Equal(0, get.Errors);
            var create = routes["POST /contacts"];
            Assert.Equal(1, create.Requests);
            Assert.Equal(1, create.Errors);
            Assert.Equal(0, create.Retries);
            var total = client.Statistics.SnapshotTotal();
            Assert.Equal(4, total.Requests);
            Assert.Equal(routes.Values.Sum(route => route.BytesReceived), total.BytesReceived);
            Assert.True(total.BytesReceived > 0);
            var lastSeen = client.Statistics.LastRateLimit;
            Assert.Equal((lastWindow.Remaining, lastWindow.Reset), (lastSeen?.Remaining, lastSeen?.Reset));
        }

        [Fact]
        public async Task Reset_starts_counting_afresh()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.Ok());
            using var client = Client(server, clock);
            await Send(client, Get());
            clock.Advance(TimeSpan.FromMinutes(3));

            client.Statistics.Reset();

            Assert.Empty(client.Statistics.Snapshot());
            Assert.Equal(0, client.Statistics.SnapshotTotal().Requests);
            Assert.Equal(Start.AddMinutes(3), client.Statistics.Since);
            await Send(client, Get());
            Assert.Equal(1, Assert.Single(client.Statistics.Snapshot()).Requests);
        }

        [Fact]
        public void Percentiles_are_within_five_percent_of_exact()
        {
            var statistics = new ApiStatistics(new FakeTimeProvider(Start));
            var shuffled = Enumerable.Range(1, 1000).OrderBy(ms => (ms * 7919) % 1000);
            foreach (var ms in shuffled) statistics.RecordAttempt(Record("GET /contacts", TimeSpan.FromMilliseconds(ms)));

            var route = Assert.Single(statistics.Snapshot());
            Assert.InRange(route.P50Ms, 500, 500 * 1.05);
            Assert.InRange(route.P95Ms, 950, 950 * 1.05);
            Assert.Equal(1000, route.MaxMs);
        }

        [Fact]
        public void Routes_are_capped_so_paths_with_ids_cannot_grow_the_table_without_bound()
        {
            var statistics = new ApiStatistics(new FakeTimeProvider(Start));
            // Odd paths without digits (ids are templated away before they reach the table).
            for (var id = 0; id < 1000; id++) statistics.RecordAttempt(Record($"GET /contacts/{Letters(id)}", TimeSpan.FromMilliseconds(5)));

            var routes = statistics.Snapshot();
            Assert.InRange(routes.Count, ApiStatistics.MaxRoutes, ApiStatistics.MaxRoutes + 1);
            Assert.Equal(1000 - ApiStatistics.MaxRoutes, routes.Single(route => route.Route == ApiStatistics.OtherRoutes).Requests);
            Assert.Equal(1000, routes.Sum(route => route.Requests));
        }

        [Fact]
        public void Concurrent_recording_loses_nothing()
        {
            var statistics = new ApiStatistics(new FakeTimeProvider(Start));

            Parallel.For(0, 8, worker =>
            {
                for (var i = 0; i < 10_000; i++)
                {
                    statistics.RecordAttempt(Record(i % 2 == 0 ? "GET /a" : "GET /b", TimeSpan.FromMilliseconds(i % 50), attempt: 1 + i % 3));
                }
            });

            var total = statistics.SnapshotTotal();
            Assert.Equal(80_000, total.Requests);
            Assert.Equal(8 * 10_000 * 2 / 3, total.Retries, tolerance: 8);
            Assert.Equal(80_000 * 10, total.BytesReceived);
            Assert.Equal(49, total.MaxMs);
        }

        private static string Letters(int number) =>
            new string(number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture).Select(digit => (char)('a' + digit - '0')).ToArray());

        private static RequestRecord Record(string route, TimeSpan elapsed, int attempt = 1) =>
            new RequestRecord("GET", "/x", route, 200, elapsed, attempt, null, 10, null);
    }
}
