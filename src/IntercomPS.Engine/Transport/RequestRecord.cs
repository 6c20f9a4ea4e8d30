using System.Globalization;
using IntercomPS.Engine.Diagnostics;

namespace IntercomPS.Engine.Transport
{
    /// <summary>What one attempt of one request did; shown by -Verbose, summed by the statistics, one line of the request log.</summary>
    /// <param name="Path">The path with its query string; never carries the token (that travels in a header). Not logged.</param>
    /// <param name="Status">HTTP status, or null when no response arrived.</param>
    /// <param name="Attempt">1 for the first send, 2 for the first retry, ...</param>
    /// <param name="Failure">What went wrong with the attempt: why no response arrived (timeout, connection failure), or what was wrong with the one that did.</param>
    /// <param name="StartedAt">When the attempt was sent (UTC).</param>
    /// <param name="RequestId">Intercom's X-Request-Id of the answer, the id its support asks for.</param>
    /// <param name="RetryReason">Why this attempt was sent again: the <see cref="Cause"/> of the attempt before it; null for a first attempt.</param>
    public sealed record RequestRecord(string Method, string Path, string Route, int? Status, TimeSpan Elapsed, int Attempt,
        RateLimitSnapshot? RateLimit, long BytesReceived, string? Failure, DateTimeOffset StartedAt = default, string? RequestId = null,
        string? RetryReason = null)
    {
        /// <summary>The route template, ids replaced by {id} (e.g. "GET /contacts/{id}").</summary>
        public string Route { get; } = RouteTemplate.Of(Route);

        /// <summary>True when the caller did not get a usable answer from this attempt (no response, not 2xx, or a bad body).</summary>
        public bool Failed => Failure != null || Status is not int code || code < 200 || code >= 300;

        /// <summary>Why the attempt failed, short enough to group by ("429 Too Many Requests", "no response within 60 s"); null when it succeeded.</summary>
        public string? Cause => Failure ?? (Failed ? StatusText(Status) : null);

        private static string StatusText(int? status)
        {
            switch (status)
            {
                case null: return "no response";
                case 400: return "400 Bad Request";
                case 401: return "401 Unauthorized";
                case 403: return "403 Forbidden";
                case 404: return "404 Not Found";
                case 408: return "408 Request Timeout";
                case 409: return "409 Conflict";
                case 422: return "422 Unprocessable Entity";
                case 429: return "429 Too Many Requests";
                case 500: return "500 Internal Server Error";
                case 502: return "502 Bad Gateway";
                case 503: return "503 Service Unavailable";
                case 504: return "504 Gateway Timeout";
                default: return "HTTP " + status.Value.ToString(CultureInfo.InvariantCulture);
            }
        }

        public override string ToString()
        {
            var status = Status is int code
                ? (Failure == null ? code.ToString(CultureInfo.InvariantCulture) : $"{code} ({Failure})")
                : Failure ?? "no response";
            var remaining = RateLimit == null ? string.Empty : $", rate limit {RateLimit.Remaining}/{RateLimit.Limit}";
            return $"{Method} {Path} -> {status} in {(long)Elapsed.TotalMilliseconds} ms (attempt {Attempt}{remaining})";
        }
    }

    /// <summary>Receives request records and waits from the transport; set per operation with <see cref="RequestObserverScope"/>.</summary>
    public interface IRequestObserver
    {
        void OnRequest(RequestRecord record);

        /// <summary>The transport is about to wait (rate limit, backoff) before sending again.</summary>
        void OnWait(string reason, TimeSpan wait);
    }
}
