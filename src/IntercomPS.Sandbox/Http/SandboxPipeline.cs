using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Sandbox.Generic;
using IntercomPS.Sandbox.Routes;
using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox.Http
{
    /// <summary>A request as either transport hands it over.</summary>
    internal sealed class RawRequest
    {
        public string Method = "GET";
        /// <summary>Path as sent (percent-encoded).</summary>
        public string Path = "/";
        /// <summary>Query string without '?', or null.</summary>
        public string? Query;
        public string? Body;
        public string? Authorization;
        public string? IntercomVersion;
        public string Transport = "InProcess";
    }

    /// <summary>What the transport must do: send a response, or drop the connection.</summary>
    internal sealed class SandboxOutcome
    {
        public bool Drop;
        public int Status;
        public byte[] Body = new byte[0];
        public string? ContentType;
        public List<KeyValuePair<string, string>> Headers = new List<KeyValuePair<string, string>>();
    }

    /// <summary>
    /// The one path every request takes, whatever the transport: concurrency accounting, latency, faults, auth, rate
    /// limit, version check, routing, logging.
    /// </summary>
    internal sealed class SandboxPipeline
    {
        private static readonly HashSet<string> KnownVersions = new HashSet<string>(StringComparer.Ordinal)
        {
            "1.0", "1.1", "1.2", "1.3", "1.4", "2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10",
            "2.11", "2.12", "2.13", "2.14", "2.15", "2.16", "Unstable",
        };

        private readonly SandboxOptions _options;
        private readonly WorkspaceState _state;
        private readonly SandboxRequestLog _log;
        private readonly Router _router = new Router();
        private readonly RateLimiter _rateLimiter = new RateLimiter();
        private readonly FaultPlanner _faults = new FaultPlanner();
        private readonly SemaphoreSlim? _workers;
        private readonly Lazy<GenericRoutes> _generic;

        public SandboxPipeline(SandboxOptions options, WorkspaceState state, SandboxRequestLog log)
        {
            _options = options;
            _state = state;
            _log = log;
            if (options.MaxConcurrentRequests > 0) _workers = new SemaphoreSlim(options.MaxConcurrentRequests, options.MaxConcurrentRequests);
            _router.MapAnswersOf(typeof(WorkspaceRoutes)).MapAnswersOf(typeof(ContactRoutes))
                .MapAnswersOf(typeof(ConversationRoutes)).MapAnswersOf(typeof(CompanyRoutes));
            // Mapped on the first request, not here: reading the declarations costs a fresh process a few hundred
            // milliseconds, which a workspace created and never asked for a declared resource should not pay.
            _generic = new Lazy<GenericRoutes>(() => GenericRoutes.Register(_router, state, options.Resources ?? IntercomResources.All), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public IEnumerable<string> Routes => FullRouter.Templates;

        /// <summary>The routes of declared operations no hand-written route serves.</summary>
        public GenericRoutes Generic => _generic.Value;

        /// <summary>The router with the generic routes mapped.</summary>
        private Router FullRouter
        {
            get
            {
                _ = _generic.Value;
                return _router;
            }
        }

        public async Task<SandboxOutcome> ProcessAsync(RawRequest request, CancellationToken cancellationToken)
        {
            var started = Stopwatch.StartNew();
            var arrivedAt = _options.TimeProvider.GetUtcNow();
            var sequence = _log.NextSequence();
            var decodedPath = SafeUnescape(request.Path);
            var match = FullRouter.Match(request.Method, request.Path, out var pathExists, out var allowedMethods);
            var route = match?.Template ?? request.Method.ToUpperInvariant() + " " + decodedPath;
            var fault = SandboxFault.None;
            SandboxOutcome? outcome = null;
            string? requestId = null;

            _log.Enter();
            try
            {
                if (_workers != null) await _workers.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    var faults = _options.Faults;
                    var latency = faults.Latency;
                    if (faults.LatencyPerRoute.TryGetValue(route, out var extra)) latency += extra;
                    if (latency > TimeSpan.Zero) await Task.Delay(latency, cancellationToken).ConfigureAwait(false);

                    var sandboxRequest = new SandboxRequest(request.Method.ToUpperInvariant(), decodedPath, route, request.Query, request.Body);
                    try
                    {
                        fault = _faults.Decide(faults, sandboxRequest);
                    }
                    catch (Exception ex)
                    {
                        requestId = Guid.NewGuid().ToString();
                        outcome = ToOutcome(ApiResponse.Error(500, requestId, "server_error", "The sandbox fault policy (SandboxFaults.Decide) threw: " + ex.Message), requestId, _rateLimiter.Take(_options.TimeProvider, _options.RateLimitPerMinute, consume: false));
                        return outcome;
                    }

                    switch (fault)
                    {
                        case SandboxFault.DropConnection:
                            outcome = new SandboxOutcome { Drop = true };
                            return outcome;
                        case SandboxFault.Timeout:
                            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                            break;
                        case SandboxFault.Slow:
                            if (faults.SlowResponseDelay > TimeSpan.Zero) await Task.Delay(faults.SlowResponseDelay, cancellationToken).ConfigureAwait(false);
                            break;
                    }

                    requestId = Guid.NewGuid().ToString();
                    var rate = _rateLimiter.Take(_options.TimeProvider, _options.RateLimitPerMinute, consume: false);
                    switch (fault)
                    {
                        case SandboxFault.ServerError500:
                            outcome = ToOutcome(ApiResponse.Error(500, requestId, "server_error", "Request failed due to an internal error. Please retry the request."), requestId, rate);
                            return outcome;
                        case SandboxFault.BadGateway502:
                            outcome = ToOutcome(GatewayPage(502, "Bad Gateway"), requestId, rate);
                            return outcome;
                        case SandboxFault.Unavailable503:
                            outcome = ToOutcome(GatewayPage(503, "Service Unavailable"), requestId, rate);
                            return outcome;
                        case SandboxFault.RateLimited429:
                            outcome = ToOutcome(RateLimited(requestId), requestId, new RateState(rate.LimitPerMinute, 0, rate.ResetAt, true));
                            return outcome;
                    }

                    outcome = Answer(request, match, pathExists, allowedMethods, requestId);
                    if (fault == SandboxFault.Malformed) Truncate(outcome);
                    if (fault == SandboxFault.MalformedPage) BreakListPage(outcome, sequence);
                    return outcome;
                }
                finally
                {
                    _workers?.Release();
                }
            }
            finally
            {
                // As a web server does, and stamped by the workspace clock, which also stamps what the request changed.
                if (outcome != null && !outcome.Drop && !outcome.Headers.Exists(h => string.Equals(h.Key, "Date", StringComparison.OrdinalIgnoreCase)))
                {
                    outcome.Headers.Add(new KeyValuePair<string, string>("Date", _options.TimeProvider.GetUtcNow().UtcDateTime.ToString("r", CultureInfo.InvariantCulture)));
                }
                _log.Exit();
                _log.Record(new SandboxLogEntry(sequence, request.Method.ToUpperInvariant(), decodedPath, route, request.Query, request.Body,
                    outcome == null || outcome.Drop ? 0 : outcome.Status, fault, arrivedAt, started.Elapsed, outcome == null || outcome.Drop ? null : requestId, request.Transport));
            }
        }

        private SandboxOutcome Answer(RawRequest request, RouteMatch? match, bool pathExists, string allowedMethods, string requestId)
        {
            if (!IsAuthorized(request.Authorization))
            {
                var current = _rateLimiter.Take(_options.TimeProvider, _options.RateLimitPerMinute, consume: false);
                return ToOutcome(ApiResponse.Error(401, requestId, "unauthorized", "Access Token Invalid"), requestId, current);
            }

            var rate = _rateLimiter.Take(_options.TimeProvider, _options.RateLimitPerMinute, consume: true);
            if (rate.Limited) return ToOutcome(RateLimited(requestId), requestId, rate);

            if (request.IntercomVersion != null && !KnownVersions.Contains(request.IntercomVersion.Trim()))
            {
                return ToOutcome(ApiResponse.Error(400, requestId, "intercom_version_invalid", $"The requested version '{request.IntercomVersion}' could not be found."), requestId, rate);
            }

            if (match == null)
            {
                if (pathExists)
                {
                    var wrongMethod = ApiResponse.Error(405, requestId, "method_not_allowed", $"{request.Method.ToUpperInvariant()} is not supported here; use {allowedMethods}.");
                    wrongMethod.Headers.Add(new KeyValuePair<string, string>("Allow", allowedMethods));
                    return ToOutcome(wrongMethod, requestId, rate);
                }
                return ToOutcome(ApiResponse.Error(404, requestId, "not_found", "Resource Not Found"), requestId, rate);
            }

            var context = new ApiContext(_state, request.Method.ToUpperInvariant(), request.Path, request.Query, request.Body, requestId);
            foreach (var pair in match.Values) context.RouteValues[pair.Key] = pair.Value;
            ApiResponse response;
            try
            {
                response = match.Handler(context);
            }
            catch (ApiException ex)
            {
                response = ApiResponse.Error(ex.Status, requestId, ex.Code, ex.Message, ex.Field);
                response.Headers.AddRange(ex.Headers);
            }
            catch (Exception ex)
            {
                response = ApiResponse.Error(500, requestId, "server_error", "Sandbox failure: " + ex.GetType().Name + ": " + ex.Message);
            }
            return ToOutcome(response, requestId, rate);
        }

        private bool IsAuthorized(string? authorization)
        {
            if (authorization == null) return false;
            const string scheme = "Bearer ";
            return authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
                   && string.Equals(authorization.Substring(scheme.Length).Trim(), _options.AccessToken, StringComparison.Ordinal);
        }

        private static ApiResponse RateLimited(string requestId) =>
            ApiResponse.Error(429, requestId, "rate_limit_exceeded", "You have exceeded the rate limit. Please try again later.");

        /// <summary>Gateways answer 502/503 with an HTML page, not the API's JSON.</summary>
        private static ApiResponse GatewayPage(int status, string reason) =>
            new ApiResponse(status, Encoding.UTF8.GetBytes($"<html><head><title>{status} {reason}</title></head><body><center><h1>{status} {reason}</h1></center></body></html>"), "text/html");

        private static SandboxOutcome ToOutcome(ApiResponse response, string requestId, RateState rate)
        {
            var outcome = new SandboxOutcome { Status = response.Status, Body = response.Body, ContentType = response.ContentType };
            outcome.Headers.Add(new KeyValuePair<string, string>("X-Request-Id", requestId));
            outcome.Headers.Add(new KeyValuePair<string, string>("X-RateLimit-Limit", rate.LimitPerMinute.ToString(CultureInfo.InvariantCulture)));
            outcome.Headers.Add(new KeyValuePair<string, string>("X-RateLimit-Remaining", rate.Remaining.ToString(CultureInfo.InvariantCulture)));
            outcome.Headers.Add(new KeyValuePair<string, string>("X-RateLimit-Reset", rate.ResetAt.ToString(CultureInfo.InvariantCulture)));
            outcome.Headers.AddRange(response.Headers);
            return outcome;
        }

        /// <summary>A response cut off mid-body: 200, JSON content type, half the bytes.</summary>
        private static void Truncate(SandboxOutcome outcome)
        {
            var body = outcome.Body.Length >= 2 ? outcome.Body : Encoding.UTF8.GetBytes("{\"type\":\"list\"}");
            outcome.Body = body.Take(body.Length / 2).ToArray();
            outcome.Status = 200;
            outcome.ContentType = ApiResponse.JsonContentType;
        }

        /// <summary>
        /// Keeps the JSON valid but breaks the list in it, one way per request in turn: the items member removed, set
        /// to null, set to an object, or emptied while the page names a next cursor. Answers without a list are untouched.
        /// </summary>
        private static void BreakListPage(SandboxOutcome outcome, long sequence)
        {
            if (outcome.Status != 200 || !(System.Text.Json.Nodes.JsonNode.Parse(outcome.Body) is System.Text.Json.Nodes.JsonObject page)) return;
            var items = page.FirstOrDefault(member => member.Key != "errors" && member.Value is System.Text.Json.Nodes.JsonArray).Key;
            if (items == null) return;
            switch (sequence % 4)
            {
                case 0:
                    page.Remove(items);
                    break;
                case 1:
                    page[items] = null;
                    break;
                case 2:
                    page[items] = new System.Text.Json.Nodes.JsonObject();
                    break;
                default:
                    page[items] = new System.Text.Json.Nodes.JsonArray();
                    if (!(page["pages"] is System.Text.Json.Nodes.JsonObject pages)) page["pages"] = pages = new System.Text.Json.Nodes.JsonObject();
                    if (!(pages["next"] is System.Text.Json.Nodes.JsonObject next)) pages["next"] = next = new System.Text.Json.Nodes.JsonObject();
                    if (next["starting_after"] == null) next["starting_after"] = "cursor-after-an-empty-page";
                    break;
            }
            outcome.Body = Encoding.UTF8.GetBytes(page.ToJsonString());
        }

        private static string SafeUnescape(string path)
        {
            try
            {
                return Uri.UnescapeDataString(path);
            }
            catch (UriFormatException)
            {
                return path;
            }
        }
    }
}
