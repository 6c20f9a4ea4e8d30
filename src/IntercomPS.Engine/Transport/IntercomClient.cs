using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using IntercomPS.Engine.Diagnostics;
using IntercomPS.Engine.Json;
using Polly;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// The transport of one connection: one HttpClient, auth and version headers, one resilience pipeline (retries,
    /// rate-limit gate, attempt timeout) and one statistics ledger. Thread-safe; shared by every request of the connection.
    /// </summary>
    public sealed class IntercomClient : IDisposable
    {
        private readonly HttpClient _http;
        private readonly IntercomClientOptions _options;
        private readonly TimeProvider _clock;
        private readonly ResiliencePipeline<ApiResponse> _pipeline;
        private readonly SecretRedactor _redactor;
        private readonly ErrorFactory _errors;
        private readonly RequestLog? _requestLog;

        public IntercomClient(IntercomClientOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _clock = options.TimeProvider ?? TimeProvider.System;
            _redactor = new SecretRedactor(options.AccessToken);
            _errors = new ErrorFactory(_redactor, options.AttemptTimeout, options.SettingNames);
            var jitter = new Jitter(options.JitterSeed);
            _pipeline = TransportPipeline.Build(options,
                new RateLimitGate(_clock, options.MaxRequestsPerMinute),
                new RetryDelays(_clock, options.BaseRetryDelay, options.MaxRetryDelay, jitter));
            Statistics = new ApiStatistics(_clock);
            _requestLog = options.RequestLogPath == null ? null : RequestLog.Open(options.RequestLogPath);

            if (options.Handler == null) NetFrameworkNetworking.Prepare(options.BaseUri, options.MaxConnections);
            var handler = options.Handler ?? HttpHandlerFactory.Create(options);
            _http = new HttpClient(handler, disposeHandler: options.Handler == null)
            {
                BaseAddress = options.BaseUri,
                // The pipeline enforces the per-attempt timeout, where it can be told apart from the caller's cancellation.
                Timeout = Timeout.InfiniteTimeSpan,
            };
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            _http.DefaultRequestHeaders.Add(IntercomApi.VersionHeader, options.ApiVersion);
            _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("IntercomPS", typeof(IntercomClient).Assembly.GetName().Version?.ToString(3) ?? "0"));
        }

        public Uri BaseUri => _options.BaseUri;

        public string ApiVersion => _options.ApiVersion;

        /// <summary>Internal: the options hold the proxy and its credentials, which no output may expose.</summary>
        internal IntercomClientOptions Options => _options;

        /// <summary>The connection's clock (a fake one in tests), for "now" as the engine's date ranges read it.</summary>
        internal TimeProvider Clock => _clock;

        /// <summary>Per-route counts and latencies of this connection's requests.</summary>
        public ApiStatistics Statistics { get; }

        /// <summary>The JSON-lines file every attempt is appended to, or null.</summary>
        public RequestLog? RequestLog => _requestLog;

        /// <summary>
        /// Sends the request (retrying transient failures as its <see cref="RequestSafety"/> allows, paced by the rate
        /// limit) and returns the successful response with its body as bytes. Throws <see cref="IntercomApiException"/>
        /// when it fails for good, <see cref="ArgumentException"/> (nothing sent) when its path leaves the API root, and
        /// <see cref="OperationCanceledException"/> as soon as <paramref name="cancellationToken"/> is cancelled.
        /// </summary>
        public Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken) =>
            SendCoreAsync(request, null, cancellationToken);

        /// <summary>
        /// As <see cref="SendAsync(ApiRequest, CancellationToken)"/>, reading a success body with <paramref name="read"/>
        /// inside each attempt, from a pooled buffer that is only valid during the call. When it throws
        /// <see cref="IntercomJsonException"/> (garbled JSON, a list page without its list), the attempt failed and is
        /// retried like a transient error if the request may be resent.
        /// </summary>
        public async Task<T> SendAsync<T>(ApiRequest request, Func<ApiResponse, ArraySegment<byte>, T> read, CancellationToken cancellationToken)
        {
            if (read == null) throw new ArgumentNullException(nameof(read));
            var response = await SendCoreAsync(request, (answer, body) => read(answer, body), cancellationToken).ConfigureAwait(false);
            return (T)response.Value!;
        }

        private async Task<ApiResponse> SendCoreAsync(ApiRequest request, Func<ApiResponse, ArraySegment<byte>, object?>? reader, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            cancellationToken.ThrowIfCancellationRequested();

            var target = RequestTarget.Resolve(_options.BaseUri, request);
            var operation = new SendOperation(request, target, reader, _options.MaxRateLimitWait, cancellationToken);
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            Outcome<ApiResponse> outcome;
            try
            {
                operation.AttachTo(context);
                outcome = await _pipeline.ExecuteOutcomeAsync(
                    static (attemptContext, state) => state.Client.AttemptAsync(attemptContext, state.Operation),
                    context, (Client: this, Operation: operation)).ConfigureAwait(false);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }

            if (outcome.Result is ApiResponse response && response.IsSuccess) return response;
            cancellationToken.ThrowIfCancellationRequested();
            var error = _errors.ForOutcome(operation, outcome);
            if (error == outcome.Exception) ExceptionDispatchInfo.Capture(error).Throw();
            throw error;
        }

        /// <summary>
        /// One attempt: builds the message, sends it, reads the body and reports a <see cref="RequestRecord"/>. Never
        /// throws: failures become outcomes for the pipeline to judge.
        /// </summary>
        private async ValueTask<Outcome<ApiResponse>> AttemptAsync(ResilienceContext context, SendOperation operation)
        {
            var request = operation.Request;
            var attempt = operation.BeginAttempt();
            var pathAndQuery = operation.Target.PathAndQuery;
            var started = _clock.GetTimestamp();
            var startedAt = _clock.GetUtcNow();
            var body = request.JsonBody == null ? null : new JsonBodyContent(request.JsonBody);
            using (var message = new HttpRequestMessage(request.Method, operation.Target) { Content = body })
            {
                // A message's own Accept replaces the client's default (JSON), for the downloads that answer a file.
                if (request.Accept != null) message.Headers.Accept.ParseAdd(request.Accept);
                try
                {
                    using (var httpResponse = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, context.CancellationToken).ConfigureAwait(false))
                    using (var content = await ResponseBody.ReadAsync(httpResponse.Content, _options.MaxResponseBodyBytes, context.CancellationToken).ConfigureAwait(false))
                    {
                        var rateLimit = RateLimitHeaders.Parse(httpResponse.Headers);
                        var readHere = operation.Reader != null && IsSuccess(httpResponse.StatusCode);
                        var requestId = FirstHeader(httpResponse.Headers, "X-Request-Id");
                        var response = new ApiResponse(httpResponse.StatusCode, readHere ? Array.Empty<byte>() : content.ToArray(),
                            requestId, rateLimit, attempt, httpResponse.Headers.Date)
                        {
                            BodyLength = content.Length,
                            Location = LocationOf(httpResponse, operation.Target),
                            RetryAfter = RetryAfterOf(httpResponse.Headers, _clock),
                        };
                        string? unreadable = null;
                        if (readHere)
                        {
                            try
                            {
                                response.Value = operation.Reader!(response, content.Bytes);
                            }
                            catch (IntercomJsonException failure)
                            {
                                unreadable = _redactor.Redact(failure.Message) ?? "unreadable";
                            }
                        }
                        Report(operation, new RequestRecord(request.Method.Method, pathAndQuery, request.RouteOrPath, (int)httpResponse.StatusCode,
                            _clock.GetElapsedTime(started), attempt, rateLimit, content.Length, unreadable,
                            startedAt, requestId, operation.RetryReason));
                        return unreadable != null
                            ? Outcome.FromException<ApiResponse>(new MalformedBodyException(response, unreadable))
                            : Outcome.FromResult(response);
                    }
                }
                catch (OperationCanceledException cancelled) when (operation.CallerToken.IsCancellationRequested)
                {
                    return Outcome.FromException<ApiResponse>(cancelled);
                }
                catch (OperationCanceledException timedOut) when (context.CancellationToken.IsCancellationRequested)
                {
                    // Only the attempt timeout cancels the pipeline's token while the caller's is live; the timeout
                    // strategy turns this into a TimeoutRejectedException.
                    ReportFailure(operation, pathAndQuery, started, startedAt, $"no response within {RetryRules.Seconds(_options.AttemptTimeout)} s");
                    return Outcome.FromException<ApiResponse>(timedOut);
                }
                catch (ResponseTooLargeException tooLarge)
                {
                    ReportFailure(operation, pathAndQuery, started, startedAt, tooLarge.Message);
                    return Outcome.FromException<ApiResponse>(tooLarge);
                }
                catch (Exception failure) when (IsTransportFailure(failure))
                {
                    var description = _redactor.Redact(DescribeTransportFailure(failure)) ?? failure.GetType().Name;
                    ReportFailure(operation, pathAndQuery, started, startedAt, description);
                    return Outcome.FromException<ApiResponse>(new NoResponseException(description, DeliveryProof.NeverReachedServer(failure, body), failure));
                }
                catch (Exception defect)
                {
                    return Outcome.FromException<ApiResponse>(defect);
                }
            }
        }

        private void Report(SendOperation operation, RequestRecord record)
        {
            // The next attempt of this call, if the pipeline decides to send one, is a retry for this attempt's cause.
            operation.RetryReason = record.Cause;
            Statistics.RecordAttempt(record);
            _requestLog?.Append(record);
            RequestObserverScope.Current?.OnRequest(record);
        }

        private void ReportFailure(SendOperation operation, string pathAndQuery, long started, DateTimeOffset startedAt, string failure) =>
            Report(operation, new RequestRecord(operation.Request.Method.Method, pathAndQuery, operation.Request.RouteOrPath, null,
                _clock.GetElapsedTime(started), operation.Attempts, null, 0, failure, startedAt, null, operation.RetryReason));

        private static bool IsTransportFailure(Exception failure) =>
            failure is HttpRequestException || failure is IOException || failure is System.Net.Sockets.SocketException ||
            failure is System.Net.WebException || failure is OperationCanceledException;

        private static string DescribeTransportFailure(Exception failure)
        {
            if (failure is OperationCanceledException) return "the HTTP stack cancelled the request";
            var innermost = failure;
            while (innermost.InnerException != null) innermost = innermost.InnerException;
            return innermost == failure || innermost.Message == failure.Message
                ? failure.Message
                : $"{failure.Message} ({innermost.Message})";
        }

        private static bool IsSuccess(HttpStatusCode status) => (int)status >= 200 && (int)status < 300;

        /// <summary>The Location of a redirect, for the error that names it; relative ones are resolved against the request.</summary>
        private static Uri? LocationOf(HttpResponseMessage response, Uri target)
        {
            var status = (int)response.StatusCode;
            if (status < 300 || status >= 400 || !(response.Headers.Location is Uri location)) return null;
            return location.IsAbsoluteUri ? location : Uri.TryCreate(target, location, out var resolved) ? resolved : null;
        }

        /// <summary>Retry-After as a wait: delta seconds, or an HTTP date measured against the server's own Date when it sent one.</summary>
        internal static TimeSpan? RetryAfterOf(HttpResponseHeaders headers, TimeProvider clock)
        {
            RetryConditionHeaderValue? retryAfter;
            try
            {
                retryAfter = headers.RetryAfter;
            }
            catch (FormatException)
            {
                return null;
            }
            if (retryAfter == null) return null;
            var wait = retryAfter.Delta ?? (retryAfter.Date is DateTimeOffset at ? at - (headers.Date ?? clock.GetUtcNow()) : (TimeSpan?)null);
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        internal static string? FirstHeader(HttpHeaders headers, string name) =>
            headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

        public void Dispose()
        {
            _http.Dispose();
            _requestLog?.Dispose();
        }
    }
}
