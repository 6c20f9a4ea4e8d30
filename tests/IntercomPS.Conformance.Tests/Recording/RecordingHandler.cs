using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.TestSupport.Prism;

namespace IntercomPS.Conformance.Tests.Recording
{
    /// <summary>
    /// Sits between the engine and Prism (as <c>IntercomClientOptions.Handler</c>) and records every exchange with
    /// Prism's verdict on the request (<see cref="PrismVerdict"/>).
    /// </summary>
    public sealed class RecordingHandler : DelegatingHandler
    {
        private readonly ConcurrentQueue<RecordedExchange> _exchanges = new ConcurrentQueue<RecordedExchange>();
        private readonly ResponseSteering _steering;

        public RecordingHandler(ResponseSteering? steering = null)
            : base(new HttpClientHandler())
        {
            _steering = steering ?? new ResponseSteering();
        }

        /// <summary>What was sent so far, in the order the answers arrived.</summary>
        public IReadOnlyList<RecordedExchange> Exchanges => _exchanges.ToArray();

        public IReadOnlyList<RecordedExchange> Violations => Exchanges.Where(exchange => exchange.Violation != null).ToList();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var requestBody = request.Content == null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var violation = PrismVerdict.Of(response, body);
            var method = request.Method.Method;
            var uri = request.RequestUri!;
            if (violation == null && response.IsSuccessStatusCode)
            {
                var steered = _steering.Apply(method, uri.AbsolutePath, body);
                if (!ReferenceEquals(steered, body)) response.Content = Replace(response.Content, steered);
            }
            _exchanges.Enqueue(new RecordedExchange(method, uri, requestBody, (int)response.StatusCode, violation));
            return response;
        }

        private static HttpContent Replace(HttpContent original, byte[] body)
        {
            var replacement = new ByteArrayContent(body);
            foreach (var header in original.Headers)
            {
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    replacement.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
            original.Dispose();
            return replacement;
        }
    }
}
