namespace IntercomPS.Engine.Diagnostics
{
    /// <summary>Everything the statistics know about a set of requests: per route, in total, over time and by cause.</summary>
    /// <param name="Source">"this connection", or the request log's path.</param>
    /// <param name="Since">When counting started (live statistics), or when the summary was made (a log).</param>
    /// <param name="Routes">One entry per route, busiest first.</param>
    /// <param name="Timeline">Traffic per 10-second window (windows without requests are absent), oldest first.</param>
    /// <param name="Causes">Failed attempts and the retries they caused, by cause, most frequent first.</param>
    /// <param name="SkippedLines">Lines of a request log that were not complete JSON records (a line cut by a full disk), skipped.</param>
    public sealed record RequestSummary(string Source, DateTimeOffset Since, IReadOnlyList<RouteStatistics> Routes, RouteStatistics Total,
        IReadOnlyList<TrafficWindow> Timeline, IReadOnlyList<CauseStatistics> Causes, long SkippedLines);

    /// <summary>Requests sent in one 10-second window, and the lowest rate-limit remaining Intercom reported in it.</summary>
    /// <param name="Failed">Attempts without a usable answer (no response, not 2xx, bad body).</param>
    /// <param name="RateLimit">X-RateLimit-Limit (per minute) as last reported in the window.</param>
    public sealed record TrafficWindow(DateTimeOffset Start, long Requests, long Failed, long Retries, long RateLimited,
        int? LowestRateLimitRemaining, int? RateLimit);

    /// <summary>How often one cause (a status such as "429 Too Many Requests", a timeout, a dropped connection) failed an attempt and caused a retry.</summary>
    /// <param name="Retries">Attempts sent again because the one before failed for this cause.</param>
    public sealed record CauseStatistics(string Cause, long FailedAttempts, long Retries);
}
