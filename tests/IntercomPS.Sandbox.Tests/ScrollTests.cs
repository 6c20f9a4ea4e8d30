using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace IntercomPS.Sandbox.Tests
{
    public class ScrollTests
    {
        private static (SandboxClient, FakeTimeProvider) Create(Transport transport = Transport.InProcess)
        {
            var clock = new FakeTimeProvider(Day.Utc(2026, 3, 1));
            return (new SandboxClient(transport, SandboxClient.Small(o => { o.CompanyCount = 40; o.TimeProvider = clock; })), clock);
        }

        private static async Task<List<string>> ScrollToTheEnd(SandboxClient client, string? firstParam = null, List<string>? seen = null)
        {
            var ids = seen ?? new List<string>();
            var param = firstParam;
            while (true)
            {
                var page = (await client.GetAsync("companies/scroll" + (param == null ? "" : "?scroll_param=" + param))).EnsureOk().Json;
                Assert.Equal("list", page.Str("type"));
                var data = page.GetProperty("data").EnumerateArray().ToList();
                param = page.Str("scroll_param");
                if (data.Count == 0) return ids;
                ids.AddRange(data.Ids());
            }
        }

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task A_scroll_visits_every_company_once_and_ends_with_an_empty_page(Transport transport)
        {
            var (client, _) = Create(transport);
            using (client)
            {
                var ids = await ScrollToTheEnd(client);
                Assert.Equal(40, ids.Count);
                Assert.Equal(client.Workspace.CompanyIds.OrderBy(i => i), ids.OrderBy(i => i));
                // The end expired the scroll: a new one may start.
                Assert.Equal(40, (await ScrollToTheEnd(client)).Count);
            }
        }

        [Fact]
        public async Task Only_one_scroll_may_be_open_at_a_time()
        {
            var (client, _) = Create();
            using (client)
            {
                var first = (await client.GetAsync("companies/scroll")).EnsureOk().Json;
                var second = await client.GetAsync("companies/scroll");
                second.AssertError(400, "scroll_exists");
                Assert.Contains("scroll already exists", second.ErrorMessage);
                // The open scroll carries on unharmed.
                var rest = await ScrollToTheEnd(client, first.Str("scroll_param"), first.GetProperty("data").EnumerateArray().Ids());
                Assert.Equal(40, rest.Count);
            }
        }

        [Fact]
        public async Task An_idle_scroll_expires_after_a_minute()
        {
            var (client, clock) = Create();
            using (client)
            {
                var first = (await client.GetAsync("companies/scroll")).EnsureOk().Json;
                clock.Advance(TimeSpan.FromSeconds(59));
                var second = (await client.GetAsync("companies/scroll?scroll_param=" + first.Str("scroll_param"))).EnsureOk().Json;
                Assert.NotEmpty(second.GetProperty("data").EnumerateArray());
                clock.Advance(TimeSpan.FromSeconds(61));
                (await client.GetAsync("companies/scroll?scroll_param=" + first.Str("scroll_param"))).AssertError(404, "not_found");
                (await client.GetAsync("companies/scroll")).EnsureOk();
                (await client.GetAsync("companies/scroll?scroll_param=made-up")).AssertError(404, "not_found");
            }
        }

        [Fact]
        public async Task Scroll_pages_have_no_pages_object_or_total()
        {
            var (client, _) = Create();
            using (client)
            {
                var page = (await client.GetAsync("companies/scroll")).EnsureOk().Json;
                Assert.Equal(JsonValueKind.Null, page.GetProperty("pages").ValueKind);
                Assert.Equal(JsonValueKind.Null, page.GetProperty("total_count").ValueKind);
                Assert.Equal(15, page.GetProperty("data").GetArrayLength());
            }
        }
    }
}
