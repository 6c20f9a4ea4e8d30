namespace IntercomPS.Engine.Diagnostics
{
    /// <summary>What one route of the API cost and how it behaved, over the requests counted (a connection since it was made or reset, or a request log).</summary>
    public sealed class RouteStatistics
    {
        internal RouteStatistics(string route, long requests, long errors, long retries, long rateLimited,
            double p50Ms, double p95Ms, double p99Ms, double maxMs, long bytesReceived,
            DateTimeOffset? firstRequestAt, DateTimeOffset? lastRequestAt, int? lowestRateLimitRemaining, int? lastRateLimitRemaining)
        {
            Route = route;
            Requests = requests;
            Errors = errors;
            Retries = retries;
            RateLimited = rateLimited;
            P50Ms = Tenths(p50Ms);
            P95Ms = Tenths(p95Ms);
            P99Ms = Tenths(p99Ms);
            MaxMs = Tenths(maxMs);
            BytesReceived = bytesReceived;
            FirstRequestAt = firstRequestAt;
            LastRequestAt = lastRequestAt;
            LowestRateLimitRemaining = lowestRateLimitRemaining;
            LastRateLimitRemaining = lastRateLimitRemaining;
            TimeSpan = firstRequestAt != null && lastRequestAt != null ? lastRequestAt.Value - firstRequestAt.Value : System.TimeSpan.Zero;
            // A span under a second (one quick request) would turn into an absurd rate.
            var minutes = Math.Max(TimeSpan.TotalMinutes, 1.0 / 60);
            RequestsPerMinute = requests == 0 ? 0 : Tenths(requests / minutes);
        }

        /// <summary>The route template (e.g. "GET /contacts/{id}"); ids in untemplated paths are replaced by {id}.</summary>
        public string Route { get; }

        /// <summary>HTTP requests sent, retries included: what counts against the rate limit.</summary>
        public long Requests { get; }

        /// <summary>Calls whose last attempt failed (after any retries): the errors the caller saw.</summary>
        public long Errors { get; }

        /// <summary>Requests that were retries of an earlier attempt.</summary>
        public long Retries { get; }

        /// <summary>Requests answered 429 Too Many Requests.</summary>
        public long RateLimited { get; }

        /// <summary>Median attempt duration, in milliseconds (within 5%, rounded to 0.1 ms).</summary>
        public double P50Ms { get; }

        /// <summary>95th-percentile attempt duration, in milliseconds (within 5%, rounded to 0.1 ms).</summary>
        public double P95Ms { get; }

        /// <summary>99th-percentile attempt duration, in milliseconds (within 5%, rounded to 0.1 ms).</summary>
        public double P99Ms { get; }

        public double MaxMs { get; }

        /// <summary>Response body bytes, after decompression.</summary>
        public long BytesReceived { get; }

        /// <summary>When the first counted request was sent (UTC).</summary>
        public DateTimeOffset? FirstRequestAt { get; }

        /// <summary>When the last counted request ended (UTC).</summary>
        public DateTimeOffset? LastRequestAt { get; }

        /// <summary>From the first request sent to the last one answered.</summary>
        public TimeSpan TimeSpan { get; }

        /// <summary>Requests over <see cref="TimeSpan"/> (at least one second), rounded to 0.1.</summary>
        public double RequestsPerMinute { get; }

        /// <summary>The lowest X-RateLimit-Remaining Intercom reported: how close the run came to being throttled.</summary>
        public int? LowestRateLimitRemaining { get; }

        /// <summary>The X-RateLimit-Remaining of the latest response that had one.</summary>
        public int? LastRateLimitRemaining { get; }

        public override string ToString() =>
            $"{Route}: {Requests} requests, {Errors} errors, {Retries} retries, {RateLimited} rate-limited, p50 {P50Ms} ms, p95 {P95Ms} ms, p99 {P99Ms} ms";

        private static double Tenths(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
    }
}
