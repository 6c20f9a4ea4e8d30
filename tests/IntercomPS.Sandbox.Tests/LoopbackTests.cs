using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    public class LoopbackTests
    {
        [Fact]
        public async Task Sequential_requests_reuse_one_keep_alive_connection()
        {
            using var client = new SandboxClient(Transport.Loopback);
            for (var i = 0; i < 40; i++) (await client.GetAsync(i % 2 == 0 ? "me" : "conversations?per_page=5")).EnsureOk();
            Assert.Equal(1, client.Server!.AcceptedConnections);
            Assert.Equal("127.0.0.1", client.Server.BaseUri.Host);
        }

        [Fact]
        public async Task Many_concurrent_keep_alive_clients_are_served()
        {
            using var workspace = new SandboxWorkspace(SandboxClient.Small());
            using var server = workspace.StartServer();
            using var http = new HttpClient(new HttpClientHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = server.BaseUri };
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "sandbox");
            var body = "{\"query\":{\"field\":\"state\",\"operator\":\"=\",\"value\":\"open\"},\"pagination\":{\"per_page\":20}}";

            var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(async worker =>
            {
                var ok = 0;
                for (var i = 0; i < 60; i++)
                {
                    using var response = i % 3 == 0
                        ? await http.PostAsync("conversations/search", new StringContent(body, Encoding.UTF8, "application/json"))
                        : await http.GetAsync("conversations/" + workspace.ConversationIdAt((worker * 60 + i) % 700));
                    if (response.IsSuccessStatusCode) ok++;
                    await response.Content.ReadAsByteArrayAsync();
                }
                return ok;
            }));
            Assert.All(results, ok => Assert.Equal(60, ok));
            Assert.InRange(server.AcceptedConnections, 1, 16);
            Assert.Equal(960, workspace.Log.TotalCount);
            Assert.True(workspace.Log.MaxConcurrency > 1);
        }

        [Fact]
        public async Task Chunked_request_bodies_are_read()
        {
            using var client = new SandboxClient(Transport.Loopback);
            // JsonContent has no length up front, so HttpClient sends it chunked.
            var content = JsonContent.Create(new { query = new { field = "state", @operator = "=", value = "snoozed" } });
            using var response = await client.Http.PostAsync("conversations/search", content);
            var answer = await Answer.ReadAsync(response);
            answer.EnsureOk();
            Assert.All(answer.Json.GetProperty("conversations").EnumerateArray(), c => Assert.Equal("snoozed", c.Str("state")));
            Assert.Contains("snoozed", client.Workspace.Log.Entries.Last().Body);
        }

        [Fact]
        public async Task Raw_http_1_1_with_connection_close()
        {
            using var workspace = new SandboxWorkspace(SandboxClient.Small());
            using var server = workspace.StartServer();
            using var tcp = new TcpClient();
            await tcp.ConnectAsync("127.0.0.1", server.Port);
            using var stream = tcp.GetStream();
            var request = "GET /me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer sandbox\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
            var text = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", text);
            Assert.Contains("Connection: close\r\n", text);
            Assert.Contains("X-RateLimit-Remaining: ", text);
            var body = text.Substring(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4);
            var length = int.Parse(text.Split("\r\n").First(l => l.StartsWith("Content-Length: ")).Substring(16));
            Assert.Equal(length, Encoding.UTF8.GetByteCount(body));
            Assert.Contains("\"type\":\"admin\"", body);
        }

        [Fact]
        public async Task Disposing_the_server_stops_it()
        {
            using var workspace = new SandboxWorkspace(SandboxClient.Small());
            var server = workspace.StartServer();
            var port = server.Port;
            server.Dispose();
            using var tcp = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => tcp.ConnectAsync("127.0.0.1", port));
        }
    }
}
