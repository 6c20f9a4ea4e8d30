using System.Net.Http;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    public class AuthAndHeadersTests
    {
        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task A_wrong_token_gets_401_unauthorized_with_rate_headers(Transport transport)
        {
            using var client = new SandboxClient(transport, token: "not-the-token");
            var answer = await client.GetAsync("me");
            answer.AssertError(401, "unauthorized");
            Assert.Equal("Access Token Invalid", answer.ErrorMessage);
            Assert.True(answer.Headers.ContainsKey("X-RateLimit-Limit"));
            Assert.True(answer.Headers.ContainsKey("X-Request-Id"));
        }

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task A_missing_token_gets_401(Transport transport)
        {
            using var client = new SandboxClient(transport);
            client.Http.DefaultRequestHeaders.Authorization = null;
            (await client.GetAsync("admins")).AssertError(401, "unauthorized");
        }

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Every_answer_carries_request_id_and_rate_limit_headers(Transport transport)
        {
            using var client = new SandboxClient(transport);
            var ids = new System.Collections.Generic.HashSet<string>();
            foreach (var path in new[] { "me", "conversations?per_page=1", "no/such/route", "contacts/does-not-exist" })
            {
                var answer = await client.GetAsync(path);
                Assert.True(ids.Add(answer.Headers["X-Request-Id"]));
                Assert.Equal("10000", answer.Headers["X-RateLimit-Limit"]);
                Assert.True(int.Parse(answer.Headers["X-RateLimit-Remaining"]) >= 0);
                Assert.True(long.Parse(answer.Headers["X-RateLimit-Reset"]) % 10 == 0);
                Assert.Equal("application/json", answer.ContentType);
            }
        }

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Unknown_routes_are_404_and_wrong_methods_405(Transport transport)
        {
            using var client = new SandboxClient(transport);
            (await client.GetAsync("no/such/route")).AssertError(404, "not_found");
            var wrongMethod = await client.SendAsync(new HttpMethod("PATCH"), "conversations/search", new { });
            wrongMethod.AssertError(405, "method_not_allowed");
            Assert.Equal("POST", wrongMethod.Headers["Allow"]);
        }

        [Fact]
        public async Task An_unknown_api_version_is_refused()
        {
            using var client = new SandboxClient(Transport.InProcess);
            client.Http.DefaultRequestHeaders.Remove("Intercom-Version");
            client.Http.DefaultRequestHeaders.Add("Intercom-Version", "9.9");
            (await client.GetAsync("me")).AssertError(400, "intercom_version_invalid");
        }

        [Fact]
        public async Task The_access_token_is_read_per_request()
        {
            using var client = new SandboxClient(Transport.InProcess);
            (await client.GetAsync("me")).EnsureOk();
            client.Workspace.Options.AccessToken = "rotated";
            (await client.GetAsync("me")).AssertError(401, "unauthorized");
        }
    }
}
