using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// The transport of one connection: one HttpClient, auth and version headers, and (around each send) the
    /// resilience pipeline and rate limiter. Thread-safe; shared by every request of the connection.
    /// </summary>
    public sealed class IntercomClient : IDisposable
    {
        private readonly HttpClient _http;
        private readonly IntercomClientOptions _options;

        public IntercomClient(IntercomClientOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            var handler = options.Handler ?? HttpHandlerFactory.Create(options);
            _http = new HttpClient(handler, disposeHandler: options.Handler == null)
            {
                BaseAddress = options.BaseUri,
                // Per-attempt timeouts are enforced by the pipeline, which can tell them from cancellation.
                Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            };
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            _http.DefaultRequestHeaders.Add(IntercomApi.VersionHeader, options.ApiVersion);
            _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("IntercomPS", typeof(IntercomClient).Assembly.GetName().Version?.ToString(3) ?? "0"));
        }

        public Uri BaseUri => _options.BaseUri;

        public string ApiVersion => _options.ApiVersion;

        public IntercomClientOptions Options => _options;

        /// <summary>
        /// Sends the request (retrying transient failures as its <see cref="RequestSafety"/> allows) and returns
        /// the successful response. Throws <see cref="IntercomApiException"/> for an error status after retries.
        /// </summary>
        public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            var response = await SendOnceAsync(request, 1, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccess)
            {
                throw ErrorFactory.FromResponse(request, response);
            }
            return response;
        }

        /// <summary>One attempt: builds the message, sends it, reads the body, reports a <see cref="RequestRecord"/>.</summary>
        internal async Task<ApiResponse> SendOnceAsync(ApiRequest request, int attempt, CancellationToken cancellationToken)
        {
            var pathAndQuery = BuildPathAndQuery(request);
            var started = Stopwatch.StartNew();
            using (var message = new HttpRequestMessage(request.Method, pathAndQuery))
            {
                if (request.JsonBody != null)
                {
                    message.Content = new ByteArrayContent(request.JsonBody);
                    message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                }

                using (var httpResponse = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
                {
                    var body = await ReadBodyAsync(httpResponse, cancellationToken).ConfigureAwait(false);
                    var rateLimit = RateLimitHeaders.Parse(httpResponse.Headers);
                    var requestId = FirstHeader(httpResponse.Headers, "X-Request-Id");
                    var record = new RequestRecord(request.Method.Method, "/" + pathAndQuery, request.RouteOrPath,
                        (int)httpResponse.StatusCode, started.Elapsed, attempt, rateLimit, body.Length, null);
                    RequestObserverScope.Current?.OnRequest(record);
                    return new ApiResponse(httpResponse.StatusCode, body, requestId, rateLimit, attempt);
                }
            }
        }

        internal static string BuildPathAndQuery(ApiRequest request)
        {
            var path = request.Path.TrimStart('/');
            if (request.Query.Count == 0)
            {
                return path;
            }
            var builder = new StringBuilder(path).Append('?');
            for (var i = 0; i < request.Query.Count; i++)
            {
                if (i > 0) builder.Append('&');
                builder.Append(Uri.EscapeDataString(request.Query[i].Key)).Append('=').Append(Uri.EscapeDataString(request.Query[i].Value));
            }
            return builder.ToString();
        }

        private static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            using (var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
            using (var buffer = new MemoryStream())
            {
                await stream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
                return buffer.ToArray();
            }
        }

        internal static string? FirstHeader(HttpHeaders headers, string name) =>
            headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

        public void Dispose() => _http.Dispose();
    }
}
