using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace IntercomPS.Sandbox.Http
{
    /// <summary>
    /// Serves HttpClient requests straight from the pipeline: no sockets, any host name. A dropped connection surfaces
    /// as <see cref="HttpRequestException"/>, as SocketsHttpHandler reports a reset.
    /// </summary>
    internal sealed class InProcessHandler : HttpMessageHandler
    {
        private static readonly Uri FallbackBase = new Uri("https://sandbox.intercom.invalid/");
        private readonly SandboxPipeline _pipeline;

        public InProcessHandler(SandboxPipeline pipeline)
        {
            _pipeline = pipeline;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var uri = request.RequestUri == null ? FallbackBase : request.RequestUri.IsAbsoluteUri ? request.RequestUri : new Uri(FallbackBase, request.RequestUri);
            var raw = new RawRequest
            {
                Method = request.Method.Method,
                Path = uri.AbsolutePath,
                Query = uri.Query.Length > 1 ? uri.Query.Substring(1) : null,
                Body = request.Content == null ? null : await request.Content.ReadAsStringAsync().ConfigureAwait(false),
                Authorization = request.Headers.Authorization?.ToString(),
                IntercomVersion = request.Headers.TryGetValues("Intercom-Version", out var versions) ? versions.FirstOrDefault() : null,
                Transport = "InProcess",
            };
            if (raw.Body != null && raw.Body.Length == 0) raw.Body = null;

            var outcome = await _pipeline.ProcessAsync(raw, cancellationToken).ConfigureAwait(false);
            if (outcome.Drop)
            {
                throw new HttpRequestException("An error occurred while sending the request: the sandbox closed the connection without a response.",
                    new IOException("Unable to read data from the transport connection: Connection reset by peer."));
            }

            var response = new HttpResponseMessage((HttpStatusCode)outcome.Status)
            {
                RequestMessage = request,
                Version = new Version(1, 1),
                Content = new ByteArrayContent(outcome.Body),
            };
            if (outcome.ContentType != null) response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(outcome.ContentType);
            foreach (var header in outcome.Headers)
            {
                if (!response.Headers.TryAddWithoutValidation(header.Key, header.Value))
                {
                    response.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
            return response;
        }
    }
}
