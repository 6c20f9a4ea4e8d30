namespace IntercomPS.Engine.Diagnostics
{
    /// <summary>Everything the statistics know about a set of requests: per route, in total, over time and by cause.</summary>
    public sealed class RequestSummary
    {
        internal RequestSummary(string source, DateTimeOffset since, IReadOnlyList<RouteStatistics> routes, RouteStatistics total,
            IReadOnlyList<TrafficWindow> timeline, IReadOnlyList<CauseStatistics> causes, long skippedLines)
        {
            Source = source;
            Since = since;
            Routes = routes;
            Total = total;
            Timeline = timeline;
            Causes = causes;
            SkippedLines = skippedLines;
        }

        /// <summary>"this connection", or the request log's path.</summary>
        public string Source { get; }

        /// <summary>When counting started (live statistics), or when the summary was made (a log).</summary>
        public DateTimeOffset Since { get; }

        /// <summary>One entry per route, busiest first.</summary>
        public IReadOnlyList<RouteStatistics> Routes { get; }

        public RouteStatistics Total { get; }

        /// <summary>Traffic per 10-second window (windows without requests are absent), oldest first.</summary>
        public IReadOnlyList<TrafficWindow> Timeline { get; }

        /// <summary>Failed attempts and the retries they caused, by cause, most frequent first.</summary>
        public IReadOnlyList<CauseStatistics> Causes { get; }

        /// <summary>Lines of a request log that were not complete JSON records (a line cut by a full disk), skipped.</summary>
        public long SkippedLines { get; }
    }

    /// <summary>Requests sent in one 10-second window, and the lowest rate-limit remaining Intercom reported in it.</summary>
    public sealed class TrafficWindow
    {
        internal TrafficWindow(DateTimeOffset start, long requests, long failed, long retries, long rateLimited, int? lowestRateLimitRemaining, int? rateLimit)
        {
            Start = start;
            Requests = requests;
            Failed = failed;
            Retries = retries;
            RateLimited = rateLimited;
            LowestRateLimitRemaining = lowestRateLimitRemaining;
            RateLimit = rateLimit;
        }

        public DateTimeOffset Start { get; }

        public long Requests { get; }

        /// <summary>Attempts without a usable answer (no response, not 2xx, bad body).</summary>
        public long Failed { get; }

        public long Retries { get; }

        public long RateLimited { get; }

        public int? LowestRateLimitRemaining { get; }

        /// <summary>X-RateLimit-Limit (per minute) as last reported in the window.</summary>
        public int? RateLimit { get; }
    }

    /// <summary>How often one cause (a status such as "429 Too Many Requests", a timeout, a dropped connection) failed an attempt and caused a retry.</summary>
    public sealed class CauseStatistics
    {
        internal CauseStatistics(string cause, long failedAttempts, long retries)
        {
            Cause = cause;
            FailedAttempts = failedAttempts;
            Retries = retries;
        }

        public string Cause { get; }

        public long FailedAttempts { get; }

        /// <summary>Attempts sent again because the one before failed for this cause.</summary>
        public long Retries { get; }
    }
}
