using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Transport;
using IntercomPS.Sandbox;
using Microsoft.Extensions.Time.Testing;
using static IntercomPS.Engine.Tests.Transport.TransportTestKit;

namespace IntercomPS.Engine.Tests.Transport
{
    /// <summary>The transport against the in-process sandbox: its 10-second rate-limit windows and its injected faults.</summary>
    public class SandboxTransportTests
    {
        [Fact]
        public async Task A_concurrent_fetch_against_the_sandbox_limit_sees_almost_no_429s_at_nearly_the_allowed_rate()
        {
            const int Requests = 500;
            const int Concurrency = 8;
            var clock = new FakeTimeProvider(Start);
            using var sandbox = Sandbox(clock, rateLimitPerMinute: 600);
            using var client = Client(sandbox.CreateHandler(), clock, options => options.MaxConnections = Concurrency);
            var next = -1;

            async Task FetchAsync()
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < Requests)
                {
                    var id = sandbox.ConversationIdAt(index % sandbox.ConversationCount);
                    await client.SendAsync(new ApiRequest(HttpMethod.Get, $"conversations/{id}") { Route = "GET /conversations/{id}" }, CancellationToken.None);
                }
            }

            var fetch = Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(FetchAsync)));
            await clock.RunClockUntilDone(fetch, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5));
            await fetch;
            var elapsed = clock.GetUtcNow() - Start;

            var rejected = sandbox.Log.CountStatus(429);
            Assert.Equal(Requests, sandbox.Log.CountStatus(200));
            Assert.True(rejected <= sandbox.Log.TotalCount / 100, $"{rejected} of {sandbox.Log.TotalCount} requests were answered 429.");
            var achieved = Requests / elapsed.TotalSeconds;
            Assert.True(achieved >= 0.85 * 600 / 60.0, $"{achieved:0.00} requests/s is under 85% of the allowed 10/s.");
        }

        [Fact]
        public async Task Reads_survive_the_sandbox_faults_and_every_fault_costs_exactly_one_retry()
        {
            var clock = new FakeTimeProvider(Start);
            using var sandbox = Sandbox(clock, rateLimitPerMinute: 0);
            sandbox.Options.Faults.ServerErrorRate = 0.05;
            sandbox.Options.Faults.DropConnectionRate = 0.05;
            sandbox.Options.Faults.MalformedBodyRate = 0.05;
            using var client = Client(sandbox.CreateHandler(), clock, options =>
            {
                options.MaxRetries = 6;
                options.BaseRetryDelay = TimeSpan.FromMilliseconds(200);
                options.MaxRetryDelay = TimeSpan.FromSeconds(2);
            });

            var reads = Enumerable.Range(0, 200)
                .Select(index => Task.Run(() => Read(client, Get($"conversations/{sandbox.ConversationIdAt(index)}"))))
                .ToList();
            var all = Task.WhenAll(reads);
            await clock.RunClockUntilDone(all, TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(5));
            await all;

            var faults = sandbox.Log.CountFault(SandboxFault.ServerError500) + sandbox.Log.CountFault(SandboxFault.BadGateway502) +
                         sandbox.Log.CountFault(SandboxFault.Unavailable503) + sandbox.Log.CountFault(SandboxFault.DropConnection) +
                         sandbox.Log.CountFault(SandboxFault.Malformed);
            Assert.InRange(faults, 5, 100);
            Assert.Equal(faults, client.Statistics.SnapshotTotal().Retries);
            Assert.Equal(200 + faults, sandbox.Log.TotalCount);
        }

        [Theory]
        [InlineData(SandboxFault.RateLimited429, true, 1)]
        [InlineData(SandboxFault.Unavailable503, false, 0)]
        [InlineData(SandboxFault.DropConnection, false, 0)]
        [InlineData(SandboxFault.Malformed, false, 1)]
        public async Task A_create_hit_by_a_fault_is_never_duplicated(SandboxFault fault, bool retried, int contactsCreated)
        {
            var clock = new FakeTimeProvider(Start);
            using var sandbox = Sandbox(clock, rateLimitPerMinute: 0);
            var faulted = 0;
            sandbox.Options.Faults.Decide = request =>
                request.Method == "POST" && Interlocked.Exchange(ref faulted, 1) == 0 ? fault : SandboxFault.None;
            var before = sandbox.ContactCount;
            using var client = Client(sandbox.CreateHandler(), clock);
            var create = new ApiRequest(HttpMethod.Post, "contacts")
            {
                JsonBody = Encoding.UTF8.GetBytes("""{"role":"user","email":"ada.lovelace@example.com"}"""),
            };

            var call = Read(client, create);
            await clock.RunClockUntilDone(call, TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(2));

            if (retried)
            {
                Assert.Equal(2, (await call).Attempts);
            }
            else
            {
                var error = await Assert.ThrowsAsync<IntercomApiException>(() => call);
                Assert.Contains("may have acted on it", error.Message);
            }
            Assert.Equal(retried ? 2 : 1, sandbox.Log.Count("POST /contacts"));
            Assert.Equal(before + contactsCreated, sandbox.ContactCount);
        }

        private static SandboxWorkspace Sandbox(FakeTimeProvider clock, int rateLimitPerMinute) =>
            new SandboxWorkspace(new SandboxOptions
            {
                TimeProvider = clock,
                AccessToken = Token,
                RateLimitPerMinute = rateLimitPerMinute,
                ConversationCount = 300,
                ContactCount = 50,
            });
    }
}
