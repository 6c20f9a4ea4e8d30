using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    public class FaultTests
    {
        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Server_errors_are_500_502_and_503_and_change_nothing(Transport transport)
        {
            using var client = new SandboxClient(transport);
            client.Workspace.Options.Faults.ServerErrorRate = 1;
            var statuses = new HashSet<int>();
            for (var i = 0; i < 30; i++)
            {
                var answer = await client.PostAsync("contacts", new { email = $"fault{i}@example.com" });
                statuses.Add(answer.Status);
                Assert.True(answer.Headers.ContainsKey("X-Request-Id"));
                if (answer.Status == 500) answer.AssertError(500, "server_error");
                else Assert.Equal("text/html", answer.ContentType);
            }
            Assert.Equal(new[] { 500, 502, 503 }, statuses.OrderBy(s => s));
            Assert.Equal(300, client.Workspace.ContactCount);
            Assert.Equal(30, client.Workspace.Log.Entries.Count(e => e.Fault is SandboxFault.ServerError500 or SandboxFault.BadGateway502 or SandboxFault.Unavailable503));
        }

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task A_dropped_connection_surfaces_as_HttpRequestException(Transport transport)
        {
            using var client = new SandboxClient(transport);
            client.Workspace.Options.Faults.Decide = r => r.Route == SandboxRoutes.ListTags ? SandboxFault.DropConnection : (SandboxFault?)null;
            await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("tags"));
            (await client.GetAsync("me")).EnsureOk();
            Assert.True(client.Workspace.Log.CountStatus(0) >= 1);
            Assert.All(client.Workspace.Log.Entries.Where(e => e.Route == SandboxRoutes.ListTags), e => Assert.Equal(SandboxFault.DropConnection, e.Fault));
        }

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task A_malformed_body_is_a_200_that_does_not_parse(Transport transport)
        {
            using var client = new SandboxClient(transport);
            client.Workspace.Options.Faults.MalformedBodyRate = 1;
            var answer = await client.GetAsync("admins");
            Assert.Equal(200, answer.Status);
            Assert.StartsWith("{\"type\":\"admin.list\"", answer.Text);
            Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(answer.Text));
        }

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task A_timeout_fault_holds_the_request_until_the_client_gives_up(Transport transport)
        {
            using var client = new SandboxClient(transport);
            client.Workspace.Options.Faults.Decide = r => r.Route == SandboxRoutes.SearchConversations ? SandboxFault.Timeout : SandboxFault.None;
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var request = new HttpRequestMessage(HttpMethod.Post, "conversations/search")
            {
                Content = new StringContent("{\"query\":{\"field\":\"state\",\"operator\":\"=\",\"value\":\"open\"}}"),
            };
            var watch = Stopwatch.StartNew();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Http.SendAsync(request, cancel.Token));
            Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250));

            // The held request ends (logged with no status) once the client has gone.
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (client.Workspace.Log.Count(SandboxRoutes.SearchConversations) == 0 && DateTime.UtcNow < deadline) await Task.Delay(20);
            var entry = client.Workspace.Log.Entries.Single(e => e.Route == SandboxRoutes.SearchConversations);
            Assert.Equal(SandboxFault.Timeout, entry.Fault);
            Assert.Equal(0, entry.Status);
            (await client.GetAsync("me")).EnsureOk();
        }

        [Fact]
        public async Task Slow_responses_and_latency_delay_the_answer()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var faults = client.Workspace.Options.Faults;
            faults.SlowResponseDelay = TimeSpan.FromMilliseconds(200);
            faults.Decide = r => r.Route == SandboxRoutes.ListTeams ? SandboxFault.Slow : (SandboxFault?)null;
            faults.LatencyPerRoute[SandboxRoutes.ListTags] = TimeSpan.FromMilliseconds(150);

            var watch = Stopwatch.StartNew();
            (await client.GetAsync("teams")).EnsureOk();
            Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(190));
            watch.Restart();
            (await client.GetAsync("tags")).EnsureOk();
            Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(140));
            Assert.True(client.Workspace.Log.Entries.Single(e => e.Route == SandboxRoutes.ListTags).Duration >= TimeSpan.FromMilliseconds(140));
        }

        [Fact]
        public async Task Decide_can_fail_searches_that_cover_a_given_date()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var poisoned = Day.Utc(2026, 1, 15).Unix().ToString();
            client.Workspace.Options.Faults.Decide = r => r.Body != null && r.Body.Contains(poisoned) ? SandboxFault.ServerError500 : (SandboxFault?)null;
            var bad = new { query = new { field = "created_at", @operator = ">", value = long.Parse(poisoned) } };
            var good = new { query = new { field = "created_at", @operator = ">", value = long.Parse(poisoned) + 86400 } };
            (await client.PostAsync("conversations/search", bad)).AssertError(500, "server_error");
            (await client.PostAsync("conversations/search", good)).EnsureOk();
        }

        [Fact]
        public async Task Forced_429_looks_like_the_real_limit()
        {
            using var client = new SandboxClient(Transport.InProcess);
            client.Workspace.Options.Faults.Decide = r => SandboxFault.RateLimited429;
            var answer = await client.GetAsync("me");
            answer.AssertError(429, "rate_limit_exceeded");
            Assert.Equal("0", answer.Headers["X-RateLimit-Remaining"]);
        }

        [Fact]
        public async Task Rates_are_drawn_from_the_seed_so_runs_repeat()
        {
            async Task<List<int>> Run()
            {
                using var client = new SandboxClient(Transport.InProcess);
                client.Workspace.Options.Faults.ServerErrorRate = 0.3;
                client.Workspace.Options.Faults.MalformedBodyRate = 0.2;
                var statuses = new List<int>();
                for (var i = 0; i < 60; i++) statuses.Add((await client.GetAsync("me")).Status * 10 + client.Workspace.Log.Entries.Last().Fault.GetHashCode());
                return statuses;
            }
            var first = await Run();
            Assert.Equal(first, await Run());
            Assert.Contains(first, s => s / 10 == 500 || s / 10 == 502 || s / 10 == 503);
            Assert.Contains(first, s => s == 2000 + (int)SandboxFault.Malformed);
            Assert.Contains(first, s => s == 2000);
        }
    }
}
