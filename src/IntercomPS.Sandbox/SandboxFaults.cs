using System.Collections.Concurrent;

namespace IntercomPS.Sandbox
{
    /// <summary>What a faulty network or an unhealthy Intercom does to requests. Read on every request.</summary>
    public sealed class SandboxFaults
    {
        /// <summary>Seed of the random draws that pick which requests fail.</summary>
        public int Seed { get; set; } = 7;

        /// <summary>Added to every request (real clock).</summary>
        public TimeSpan Latency { get; set; }

        /// <summary>Extra latency by route template, e.g. <c>"POST /conversations/search"</c> (see <see cref="SandboxRoutes"/>).</summary>
        public IDictionary<string, TimeSpan> LatencyPerRoute { get; } = new ConcurrentDictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Fraction of requests answered 500, 502 or 503 before they reach the API (no side effects).</summary>
        public double ServerErrorRate { get; set; }

        /// <summary>Fraction of requests whose connection drops without a response (before they reach the API).</summary>
        public double DropConnectionRate { get; set; }

        /// <summary>Fraction of requests processed normally but answered 200 with a truncated JSON body.</summary>
        public double MalformedBodyRate { get; set; }

        /// <summary>
        /// Fraction of list and search requests processed normally but answered 200 with a malformed page: valid JSON
        /// whose items member is missing, null or not an array, or an empty page that still names a next cursor.
        /// </summary>
        public double MalformedPageRate { get; set; }

        /// <summary>Fraction of requests delayed by <see cref="SlowResponseDelay"/> before they are processed.</summary>
        public double SlowResponseRate { get; set; }

        public TimeSpan SlowResponseDelay { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>
        /// Per-request override consulted before the rates. Return a fault to force it, <see cref="SandboxFault.None"/>
        /// to force a clean answer, or null to let the rates decide.
        /// </summary>
        public Func<SandboxRequest, SandboxFault?>? Decide { get; set; }
    }

    public enum SandboxFault
    {
        None,
        ServerError500,
        BadGateway502,
        Unavailable503,
        /// <summary>In-process: the handler throws <see cref="System.Net.Http.HttpRequestException"/>; loopback: the socket closes without a response.</summary>
        DropConnection,
        /// <summary>200 with a truncated JSON body (the request itself is processed).</summary>
        Malformed,
        /// <summary>
        /// 200 with well-formed JSON but a broken list page (the request itself is processed): the items member is
        /// missing, null or an object, or emptied while the page still names a next cursor, in turn.
        /// </summary>
        MalformedPage,
        /// <summary>Answered after <see cref="SandboxFaults.SlowResponseDelay"/>.</summary>
        Slow,
        /// <summary>429 <c>rate_limit_exceeded</c> whatever the budget says.</summary>
        RateLimited429,
        /// <summary>Never answered; the request ends when the client gives up.</summary>
        Timeout,
    }

    /// <summary>A request as the fault policy sees it.</summary>
    /// <param name="Path">Decoded path, e.g. <c>/conversations/123</c>.</param>
    /// <param name="Route">Route template, e.g. <c>GET /conversations/{conversation_id}</c>; method and path when no route matches.</param>
    /// <param name="Query">Raw query string without the leading '?', or null.</param>
    /// <param name="Body">Raw request body, or null.</param>
    public sealed record SandboxRequest(string Method, string Path, string Route, string? Query, string? Body)
    {
        public override string ToString() => Query == null ? $"{Method} {Path}" : $"{Method} {Path}?{Query}";
    }
}
