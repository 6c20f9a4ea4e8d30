using System;

namespace IntercomPS.Engine.Diagnostics
{
    /// <summary>What one route of the API cost and how it behaved since the connection was made (or the statistics reset).</summary>
    public sealed class RouteStatistics
    {
        internal RouteStatistics(string route, long requests, long errors, long retries, long rateLimited,
            double p50Ms, double p95Ms, double maxMs, long bytesReceived)
        {
            Route = route;
            Requests = requests;
            Errors = errors;
            Retries = retries;
            RateLimited = rateLimited;
            P50Ms = p50Ms;
            P95Ms = p95Ms;
            MaxMs = maxMs;
            BytesReceived = bytesReceived;
        }

        /// <summary>The route template (e.g. "GET /contacts/{id}"), or the method and path when the caller gave none.</summary>
        public string Route { get; }

        /// <summary>HTTP requests sent, retries included: what counts against the rate limit.</summary>
        public long Requests { get; }

        /// <summary>Calls that ended in an error for the caller, after any retries.</summary>
        public long Errors { get; }

        /// <summary>Requests that were retries of an earlier attempt.</summary>
        public long Retries { get; }

        /// <summary>Requests answered 429 Too Many Requests.</summary>
        public long RateLimited { get; }

        /// <summary>Median attempt duration, in milliseconds (within 5%).</summary>
        public double P50Ms { get; }

        /// <summary>95th-percentile attempt duration, in milliseconds (within 5%).</summary>
        public double P95Ms { get; }

        public double MaxMs { get; }

        /// <summary>Response body bytes, after decompression.</summary>
        public long BytesReceived { get; }

        public override string ToString() =>
            $"{Route}: {Requests} requests, {Errors} errors, {Retries} retries, {RateLimited} rate-limited, p50 {Math.Round(P50Ms)} ms, p95 {Math.Round(P95Ms)} ms";
    }
}
