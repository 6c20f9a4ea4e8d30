using System;

namespace IntercomPS.Engine.Transport
{
    /// <summary>What one attempt of one request did; shown by -Verbose and summed by the statistics.</summary>
    public sealed class RequestRecord
    {
        public RequestRecord(string method, string path, string route, int? status, TimeSpan elapsed, int attempt,
            RateLimitSnapshot? rateLimit, long bytesReceived, string? failure)
        {
            Method = method;
            Path = path;
            Route = route;
            Status = status;
            Elapsed = elapsed;
            Attempt = attempt;
            RateLimit = rateLimit;
            BytesReceived = bytesReceived;
            Failure = failure;
        }

        public string Method { get; }

        /// <summary>The path with its query string; never carries the token (that travels in a header).</summary>
        public string Path { get; }

        public string Route { get; }

        /// <summary>HTTP status, or null when no response arrived.</summary>
        public int? Status { get; }

        public TimeSpan Elapsed { get; }

        /// <summary>1 for the first send, 2 for the first retry, ...</summary>
        public int Attempt { get; }

        public RateLimitSnapshot? RateLimit { get; }

        public long BytesReceived { get; }

        /// <summary>What went wrong with the attempt: why no response arrived (timeout, connection failure), or what was wrong with the one that did.</summary>
        public string? Failure { get; }

        public override string ToString()
        {
            var status = Status is int code
                ? (Failure == null ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{code} ({Failure})")
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
