using System;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace IntercomPS.Sandbox.Tests
{
    public class RateLimitTests
    {
        private static (SandboxClient Client, FakeTimeProvider Clock) Create(Transport transport, int perMinute)
        {
            // Start mid-window so the test also checks that the reset is the window end, not start + 10 s.
            var clock = new FakeTimeProvider(Day.Utc(2026, 1, 5, 10, 0, 3));
            var client = new SandboxClient(transport, SandboxClient.Small(o =>
            {
                o.RateLimitPerMinute = perMinute;
                o.TimeProvider = clock;
            }));
            return (client, clock);
        }

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task The_per_minute_limit_is_enforced_per_ten_second_window(Transport transport)
        {
            var (client, clock) = Create(transport, perMinute: 60);
            using (client)
            {
                var windowEnd = Day.Utc(2026, 1, 5, 10, 0, 10).Unix();
                for (var i = 1; i <= 10; i++)
                {
                    var ok = (await client.GetAsync("me")).EnsureOk();
                    Assert.Equal("60", ok.Headers["X-RateLimit-Limit"]);
                    Assert.Equal((10 - i).ToString(), ok.Headers["X-RateLimit-Remaining"]);
                    Assert.Equal(windowEnd.ToString(), ok.Headers["X-RateLimit-Reset"]);
                }
                var limited = await client.GetAsync("me");
                limited.AssertError(429, "rate_limit_exceeded");
                Assert.Equal("0", limited.Headers["X-RateLimit-Remaining"]);
                Assert.Equal(windowEnd.ToString(), limited.Headers["X-RateLimit-Reset"]);
                Assert.False(limited.Headers.ContainsKey("Retry-After"));

                clock.Advance(TimeSpan.FromSeconds(6));
                (await client.GetAsync("me")).AssertError(429, "rate_limit_exceeded");

                clock.Advance(TimeSpan.FromSeconds(1));
                var next = (await client.GetAsync("me")).EnsureOk();
                Assert.Equal("9", next.Headers["X-RateLimit-Remaining"]);
                Assert.Equal((windowEnd + 10).ToString(), next.Headers["X-RateLimit-Reset"]);
                Assert.Equal(2, client.Workspace.Log.CountStatus(429));
            }
        }

        [Fact]
        public async Task The_budget_is_the_ceiling_of_a_sixth()
        {
            var (client, _) = Create(Transport.InProcess, perMinute: 13);
            using (client)
            {
                for (var i = 0; i < 3; i++) (await client.GetAsync("me")).EnsureOk();
                (await client.GetAsync("me")).AssertError(429, "rate_limit_exceeded");
            }
        }

        [Fact]
        public async Task Zero_disables_enforcement_but_headers_are_still_sent()
        {
            var (client, _) = Create(Transport.InProcess, perMinute: 0);
            using (client)
            {
                for (var i = 0; i < 50; i++)
                {
                    var answer = (await client.GetAsync("tags")).EnsureOk();
                    Assert.True(int.Parse(answer.Headers["X-RateLimit-Remaining"]) > 0);
                    Assert.True(answer.Headers.ContainsKey("X-RateLimit-Limit"));
                }
            }
        }

        [Fact]
        public async Task Unauthorised_requests_do_not_spend_the_budget()
        {
            var (client, _) = Create(Transport.InProcess, perMinute: 6);
            using (client)
            {
                client.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "wrong");
                for (var i = 0; i < 5; i++) (await client.GetAsync("me")).AssertError(401, "unauthorized");
                client.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "sandbox");
                (await client.GetAsync("me")).EnsureOk();
            }
        }
    }
}
