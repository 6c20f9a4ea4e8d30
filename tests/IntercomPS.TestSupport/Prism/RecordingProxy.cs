using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IntercomPS.TestSupport.Prism
{
    /// <summary>
    /// A reverse proxy on a loopback port in front of Prism, for clients that cannot be handed an
    /// <see cref="HttpMessageHandler"/> (a PowerShell session importing the module): it forwards every request
    /// unchanged, records it with Prism's verdict (<see cref="PrismVerdict"/>) and the bearer token it carried, and
    /// relays the answer. An exchange is recorded before its answer is relayed, so a caller that has its answer finds
    /// it in <see cref="Exchanges"/>. A client in another process marks where its own requests begin with a
    /// checkpoint (<see cref="CheckpointPath"/>), which is answered here and never forwarded.
    /// </summary>
    public sealed class RecordingProxy : IAsyncDisposable
    {
        /// <summary>
        /// POST here (relative to <see cref="BaseUri"/>) with a bearer token: the proxy notes how many exchanges it has
        /// recorded (<see cref="Checkpoints"/>) and answers 204 itself.
        /// </summary>
        public const string CheckpointPath = "_recording/checkpoint";

        private const int StartAttempts = 5;

        // Hop-by-hop headers and those HttpListener or HttpClient set themselves.
        private static readonly HashSet<string> NotForwarded = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "Content-Length", "Proxy-Connection", "TE", "Upgrade", "Trailer", "Expect",
        };

        private readonly HttpListener _listener;
        private readonly Uri _target;
        private readonly HttpClient _upstream;
        private readonly ConcurrentQueue<RecordedExchange> _exchanges = new ConcurrentQueue<RecordedExchange>();
        private readonly ConcurrentDictionary<string, int> _checkpoints = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        private readonly Task _accepting;

        private RecordingProxy(HttpListener listener, Uri baseUri, Uri target)
        {
            _listener = listener;
            BaseUri = baseUri;
            _target = target;
            _upstream = new HttpClient(new HttpClientHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.None,
            });
            _accepting = AcceptAsync();
        }

        /// <summary>The proxy's API root, e.g. http://127.0.0.1:40124/: give it to the client instead of Prism's.</summary>
        public Uri BaseUri { get; }

        /// <summary>Every exchange so far, in the order the answers arrived.</summary>
        public IReadOnlyList<RecordedExchange> Exchanges => _exchanges.ToArray();

        /// <summary>
        /// Bearer token → how many exchanges (of any token) were recorded when that token's client last posted a
        /// checkpoint: its exchanges from that position on came after the checkpoint.
        /// </summary>
        public IReadOnlyDictionary<string, int> Checkpoints => _checkpoints;

        /// <summary>Starts forwarding to <paramref name="target"/> (Prism's API root).</summary>
        public static RecordingProxy Start(Uri target)
        {
            for (var attempt = 1; ; attempt++)
            {
                var baseUri = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");
                var listener = new HttpListener();
                listener.Prefixes.Add(baseUri.ToString());
                try
                {
                    listener.Start();
                    return new RecordingProxy(listener, baseUri, target);
                }
                catch (HttpListenerException) when (attempt < StartAttempts)
                {
                    // Another process took the free port first; take another.
                    listener.Close();
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Close();
            try
            {
                await _accepting.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException || ex is ObjectDisposedException)
            {
                // Closing the listener ends the accept loop this way.
            }
            _upstream.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is HttpListenerException || ex is ObjectDisposedException || ex is InvalidOperationException)
                {
                    return;
                }
                _ = Task.Run(() => ServeAsync(context));
            }
        }

        private async Task ServeAsync(HttpListenerContext context)
        {
            var incoming = context.Request;
            var method = incoming.HttpMethod;
            if (method == "POST" && incoming.Url?.AbsolutePath == "/" + CheckpointPath)
            {
                _checkpoints[BearerToken(incoming) ?? string.Empty] = _exchanges.Count;
                await RelayAsync(context.Response, (int)HttpStatusCode.NoContent, Array.Empty<KeyValuePair<string, IEnumerable<string>>>(), Array.Empty<byte>()).ConfigureAwait(false);
                return;
            }
            var target = new Uri(_target, incoming.RawUrl);
            byte[]? requestBody = null;
            HttpResponseMessage answer;
            byte[] answerBody;
            try
            {
                if (incoming.HasEntityBody)
                {
                    using var buffer = new MemoryStream();
                    await incoming.InputStream.CopyToAsync(buffer).ConfigureAwait(false);
                    requestBody = buffer.ToArray();
                }
                using var forwarded = Forward(incoming, target, requestBody);
                answer = await _upstream.SendAsync(forwarded, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
                answerBody = await answer.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is IOException || ex is TaskCanceledException)
            {
                // Prism is gone or broke off: the client gets a 502, and the exchange says why, so the test that sent
                // it fails with the cause rather than with the client's retries exhausted.
                Record(incoming, method, target, requestBody, (int)HttpStatusCode.BadGateway, "proxy: Prism did not answer: " + ex.Message);
                await RelayAsync(context.Response, (int)HttpStatusCode.BadGateway, Array.Empty<KeyValuePair<string, IEnumerable<string>>>(),
                    Encoding.UTF8.GetBytes("The recording proxy could not reach Prism: " + ex.Message)).ConfigureAwait(false);
                return;
            }
            using (answer)
            {
                Record(incoming, method, target, requestBody, (int)answer.StatusCode, PrismVerdict.Of(answer, answerBody));
                await RelayAsync(context.Response, (int)answer.StatusCode, answer.Headers.Concat(answer.Content.Headers), answerBody).ConfigureAwait(false);
            }
        }

        private static HttpRequestMessage Forward(HttpListenerRequest incoming, Uri target, byte[]? body)
        {
            var request = new HttpRequestMessage(new HttpMethod(incoming.HttpMethod), target);
            if (body != null) request.Content = new ByteArrayContent(body);
            foreach (var name in incoming.Headers.AllKeys.Where(name => name != null && !NotForwarded.Contains(name)))
            {
                var values = incoming.Headers.GetValues(name!) ?? Array.Empty<string>();
                if (!request.Headers.TryAddWithoutValidation(name!, values)) request.Content?.Headers.TryAddWithoutValidation(name!, values);
            }
            return request;
        }

        private void Record(HttpListenerRequest incoming, string method, Uri target, byte[]? body, int status, string? violation)
        {
            var text = body == null ? null : Encoding.UTF8.GetString(body);
            _exchanges.Enqueue(new RecordedExchange(method, target, text, status, violation, BearerToken(incoming)));
        }

        private static string? BearerToken(HttpListenerRequest request)
        {
            const string bearer = "Bearer ";
            var authorization = request.Headers["Authorization"];
            return authorization != null && authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase)
                ? authorization.Substring(bearer.Length).Trim()
                : null;
        }

        private static async Task RelayAsync(HttpListenerResponse response, int status, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, byte[] body)
        {
            try
            {
                response.StatusCode = status;
                foreach (var header in headers.Where(header => !NotForwarded.Contains(header.Key)))
                {
                    foreach (var value in header.Value) response.AppendHeader(header.Key, value);
                }
                response.ContentLength64 = body.Length;
                await response.OutputStream.WriteAsync(body, 0, body.Length).ConfigureAwait(false);
                response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException || ex is ObjectDisposedException || ex is IOException)
            {
                // The client went away (it gave up or was cancelled); the exchange is recorded all the same.
            }
        }
    }
}
