using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using IntercomPS.Sandbox;

namespace IntercomPS.Sandbox.Tests.Support
{
    public enum Transport
    {
        InProcess,
        Loopback,
    }

    /// <summary>An HttpClient on a workspace over one transport, with JSON helpers.</summary>
    public sealed class SandboxClient : IDisposable
    {
        private readonly SandboxServer? _server;
        private readonly bool _ownsWorkspace;

        public SandboxClient(Transport transport, SandboxOptions? options = null, SandboxWorkspace? workspace = null, string? token = null)
        {
            Workspace = workspace ?? new SandboxWorkspace(options ?? Small());
            _ownsWorkspace = workspace == null;
            Transport = transport;
            if (transport == Transport.Loopback)
            {
                _server = Workspace.StartServer();
                Http = new HttpClient(new HttpClientHandler()) { BaseAddress = _server.BaseUri };
            }
            else
            {
                Http = new HttpClient(Workspace.CreateHandler()) { BaseAddress = new Uri("https://sandbox.intercom.invalid/") };
            }
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Workspace.Options.AccessToken);
            Http.DefaultRequestHeaders.Add("Intercom-Version", "2.16");
            Http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public SandboxWorkspace Workspace { get; }
        public Transport Transport { get; }
        public HttpClient Http { get; }
        public SandboxServer? Server => _server;

        /// <summary>Small enough for whole-collection checks, big enough for several pages everywhere.</summary>
        public static SandboxOptions Small(Action<SandboxOptions>? configure = null)
        {
            var options = new SandboxOptions { ContactCount = 300, ConversationCount = 700, CompanyCount = 20 };
            configure?.Invoke(options);
            return options;
        }

        public async Task<Answer> SendAsync(HttpMethod method, string path, object? body = null)
        {
            using var request = new HttpRequestMessage(method, path);
            if (body != null)
            {
                var text = body as string ?? JsonSerializer.Serialize(body);
                request.Content = new StringContent(text, Encoding.UTF8, "application/json");
            }
            using var response = await Http.SendAsync(request);
            return await Answer.ReadAsync(response);
        }

        public Task<Answer> GetAsync(string path) => SendAsync(HttpMethod.Get, path);
        public Task<Answer> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body ?? new { });
        public Task<Answer> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);
        public Task<Answer> DeleteAsync(string path, object? body = null) => SendAsync(HttpMethod.Delete, path, body);

        /// <summary>Every item of a search, following pages.next; fails on a repeated cursor.</summary>
        public async Task<List<JsonElement>> SearchAllAsync(string path, object query, int perPage = 150, string items = "conversations")
        {
            var all = new List<JsonElement>();
            string? cursor = null;
            var seen = new HashSet<string>();
            while (true)
            {
                var body = new Dictionary<string, object?>
                {
                    ["query"] = query,
                    ["pagination"] = new Dictionary<string, object?> { ["per_page"] = perPage, ["starting_after"] = cursor },
                };
                var answer = (await PostAsync(path, body)).EnsureOk();
                all.AddRange(answer.Json.GetProperty(items).EnumerateArray());
                if (!answer.Json.GetProperty("pages").TryGetProperty("next", out var next)) return all;
                cursor = next.GetProperty("starting_after").GetString();
                Assert.True(seen.Add(cursor!), "cursor repeated");
            }
        }

        /// <summary>Every item of a GET list, following pages.next.starting_after.</summary>
        public async Task<List<JsonElement>> ListAllAsync(string path, string items, int perPage)
        {
            var all = new List<JsonElement>();
            string? cursor = null;
            while (true)
            {
                var url = $"{path}?per_page={perPage}" + (cursor == null ? "" : "&starting_after=" + Uri.EscapeDataString(cursor));
                var answer = (await GetAsync(url)).EnsureOk();
                all.AddRange(answer.Json.GetProperty(items).EnumerateArray());
                if (!answer.Json.GetProperty("pages").TryGetProperty("next", out var next)) return all;
                cursor = next.GetProperty("starting_after").GetString();
            }
        }

        public void Dispose()
        {
            Http.Dispose();
            _server?.Dispose();
            if (_ownsWorkspace) Workspace.Dispose();
        }
    }

    /// <summary>A response read to the end: status, headers, body text and (when JSON) the parsed body.</summary>
    public sealed class Answer
    {
        public int Status { get; private set; }
        public string Text { get; private set; } = "";
        public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        public string? ContentType { get; private set; }

        public JsonElement Json => JsonDocument.Parse(Text).RootElement;

        public static async Task<Answer> ReadAsync(HttpResponseMessage response)
        {
            var answer = new Answer { Status = (int)response.StatusCode, Text = await response.Content.ReadAsStringAsync() };
            foreach (var header in response.Headers.Concat(response.Content.Headers)) answer.Headers[header.Key] = string.Join(",", header.Value);
            answer.ContentType = response.Content.Headers.ContentType?.MediaType;
            return answer;
        }

        public Answer EnsureOk()
        {
            Assert.True(Status == 200, $"Expected 200, got {Status}: {Text}");
            return this;
        }

        /// <summary>Asserts an error.list with this status and code.</summary>
        public Answer AssertError(int status, string code)
        {
            Assert.True(Status == status, $"Expected {status} {code}, got {Status}: {Text}");
            Assert.Equal("error.list", Json.GetProperty("type").GetString());
            Assert.False(string.IsNullOrEmpty(Json.GetProperty("request_id").GetString()));
            Assert.Equal(code, Json.GetProperty("errors")[0].GetProperty("code").GetString());
            return this;
        }

        public string ErrorMessage => Json.GetProperty("errors")[0].GetProperty("message").GetString() ?? "";
    }

    public static class Transports
    {
        public static IEnumerable<object[]> Both => new[] { new object[] { Transport.InProcess }, new object[] { Transport.Loopback } };
    }

    public static class Json
    {
        public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;
        public static long Long(this JsonElement element, string name) => element.GetProperty(name).GetInt64();
        public static List<string> Ids(this IEnumerable<JsonElement> items) => items.Select(i => i.Str("id")).ToList();
    }
}
