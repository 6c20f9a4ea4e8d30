using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    public class RequestLogTests
    {
        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Every_request_is_logged_by_route_and_status(Transport transport)
        {
            using var client = new SandboxClient(transport);
            var id = client.Workspace.ConversationIdAt(3);
            await client.GetAsync("conversations/" + id);
            await client.GetAsync("conversations/1");
            await client.PostAsync("conversations/search", new { query = new { field = "state", @operator = "=", value = "open" } });
            await client.GetAsync("nowhere");

            var log = client.Workspace.Log;
            Assert.Equal(4, log.TotalCount);
            Assert.Equal(2, log.Count(SandboxRoutes.GetConversation));
            Assert.Equal(1, log.Count("POST /conversations/search"));
            Assert.Equal(1, log.Count("GET /nowhere"));
            Assert.Equal(2, log.CountStatus(200));
            Assert.Equal(2, log.CountStatus(404));

            var entry = log.Entries[0];
            Assert.Equal("GET", entry.Method);
            Assert.Equal("/conversations/" + id, entry.Path);
            Assert.Equal(SandboxRoutes.GetConversation, entry.Route);
            Assert.Equal(200, entry.Status);
            Assert.Equal(transport.ToString(), entry.Transport);
            Assert.Contains("\"state\"", log.Entries[2].Body);
            Assert.Equal(new long[] { 1, 2, 3, 4 }, log.Entries.Select(e => e.Sequence));

            log.Clear();
            Assert.Empty(log.Entries);
            Assert.Equal(0, log.Count(SandboxRoutes.GetConversation));
        }

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Peak_concurrency_is_recorded(Transport transport)
        {
            using var client = new SandboxClient(transport);
            client.Workspace.Options.Faults.Latency = TimeSpan.FromMilliseconds(300);
            await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.GetAsync("me")));
            Assert.InRange(client.Workspace.Log.MaxConcurrency, 6, 12);
            Assert.Equal(0, client.Workspace.Log.InFlight);
        }

        [Fact]
        public async Task Max_concurrent_requests_queues_the_rest()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small(o => o.MaxConcurrentRequests = 2));
            client.Workspace.Options.Faults.Latency = TimeSpan.FromMilliseconds(100);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.GetAsync("me")));
            Assert.All(answers, a => a.EnsureOk());
            // Six requests, two at a time, 100 ms each: three rounds.
            Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(280), watch.Elapsed.ToString());
        }

        [Fact]
        public async Task Capacity_trims_entries_but_counts_stay_exact()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small(o => o.LogCapacity = 5));
            for (var i = 0; i < 12; i++) await client.GetAsync("me");
            Assert.Equal(5, client.Workspace.Log.Entries.Count);
            Assert.Equal(12, client.Workspace.Log.Count(SandboxRoutes.Me));
            Assert.Equal(12, client.Workspace.Log.Entries.Last().Sequence);
        }
    }
}
