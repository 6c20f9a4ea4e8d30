using System;
using System.Buffers;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace IntercomPS.Bench
{
    /// <summary>
    /// The floor of this runtime: HttpClient and System.Text.Json paging POST /conversations/search by hand, no
    /// PowerShell, no retries, no rate-limit handling. Each conversation is materialized (a JsonElement of its own)
    /// and handed to the caller, as a consumer of any client library would get it.
    /// </summary>
    internal sealed class RawSearchLoop : IDisposable
    {
        private readonly HttpClient _http;

        public RawSearchLoop(Uri baseUri, string token)
        {
            _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            _http.DefaultRequestHeaders.Add("Intercom-Version", "2.16");
        }

        /// <summary>Every conversation created in [since, until) (unix seconds) with one cursor.</summary>
        public async Task<PagedCount> SearchAsync(long since, long until, int perPage, CancellationToken cancellationToken = default)
        {
            long count = 0;
            var pages = 0;
            string? after = null;
            do
            {
                using var content = new ByteArrayContent(SearchBody(since, until, perPage, after));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await _http.PostAsync("conversations/search", content, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    throw new BenchmarkFailure($"Raw loop: POST conversations/search answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
                }
                using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                var page = await JsonSerializer.DeserializeAsync(stream, RawJsonContext.Default.SearchPage, cancellationToken).ConfigureAwait(false)
                           ?? throw new BenchmarkFailure("Raw loop: empty search page.");
                pages++;
                foreach (var conversation in page.Conversations)
                {
                    if (conversation.ValueKind == JsonValueKind.Object) count++;
                }
                after = page.Pages?.Next?.StartingAfter;
            }
            while (after != null);
            return new PagedCount(count, pages);
        }

        /// <summary>Each window with its own cursor, <paramref name="concurrency"/> windows at a time.</summary>
        public async Task<PagedCount> SearchWindowsAsync(IReadOnlyList<(long Since, long Until)> windows, int perPage, int concurrency)
        {
            using var gate = new SemaphoreSlim(concurrency);
            var tasks = new List<Task<PagedCount>>();
            foreach (var window in windows)
            {
                tasks.Add(Task.Run(async () =>
                {
                    await gate.WaitAsync().ConfigureAwait(false);
                    try
                    {
                        return await SearchAsync(window.Since, window.Until, perPage).ConfigureAwait(false);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
            }
            long count = 0;
            var pages = 0;
            foreach (var result in await Task.WhenAll(tasks).ConfigureAwait(false))
            {
                count += result.Count;
                pages += result.Pages;
            }
            return new PagedCount(count, pages);
        }

        private static byte[] SearchBody(long since, long until, int perPage, string? startingAfter)
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteStartObject("query");
                json.WriteString("operator", "AND");
                json.WriteStartArray("value");
                // Whole-second timestamps: [since, until) is since <= t <= until - 1.
                WriteFilter(json, ">=", since);
                WriteFilter(json, "<=", until - 1);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject("pagination");
                json.WriteNumber("per_page", perPage);
                if (startingAfter != null) json.WriteString("starting_after", startingAfter);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            return buffer.WrittenSpan.ToArray();
        }

        private static void WriteFilter(Utf8JsonWriter json, string op, long value)
        {
            json.WriteStartObject();
            json.WriteString("field", "created_at");
            json.WriteString("operator", op);
            json.WriteNumber("value", value);
            json.WriteEndObject();
        }

        public void Dispose() => _http.Dispose();
    }

    internal readonly record struct PagedCount(long Count, int Pages);

    internal sealed class SearchPage
    {
        [JsonPropertyName("conversations")]
        public List<JsonElement> Conversations { get; set; } = new List<JsonElement>();

        [JsonPropertyName("pages")]
        public PageLinks? Pages { get; set; }
    }

    internal sealed class PageLinks
    {
        [JsonPropertyName("next")]
        public NextPage? Next { get; set; }
    }

    internal sealed class NextPage
    {
        [JsonPropertyName("starting_after")]
        public string? StartingAfter { get; set; }
    }

    [JsonSerializable(typeof(SearchPage))]
    internal sealed partial class RawJsonContext : JsonSerializerContext
    {
    }
}
