using System.Collections.Concurrent;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Diagnostics
{
    /// <summary>
    /// The one computation behind every request statistic: fed attempt by attempt, from the live transport
    /// (<see cref="ApiStatistics"/>) or from a request log file (<see cref="RequestLog.Summarize"/>), so both give the
    /// same numbers for the same requests. Constant memory per route, per 10-second window and per cause.
    /// </summary>
    internal sealed class RequestLedger
    {
        public const string OtherRoutes = "(other routes)";
        public const string AllRoutes = "(all routes)";
        public const string OtherCauses = "(other causes)";

        // A request without a route template is tracked by its path (ids replaced, but a caller may use odd paths):
        // the cap keeps a long session from growing the table without bound. Causes carry transport messages.
        public const int MaxRoutes = 256;
        public const int MaxCauses = 64;

        public static readonly TimeSpan WindowLength = TimeSpan.FromSeconds(10);

        private readonly ConcurrentDictionary<string, RouteCounters> _routes = new ConcurrentDictionary<string, RouteCounters>(StringComparer.Ordinal);
        private readonly RouteCounters _total = new RouteCounters();
        private readonly ConcurrentDictionary<long, TrafficCounters> _windows = new ConcurrentDictionary<long, TrafficCounters>();
        private readonly ConcurrentDictionary<string, long[]> _causes = new ConcurrentDictionary<string, long[]>(StringComparer.Ordinal);
        private int _routeCount;
        private int _causeCount;

        public RequestLedger(DateTimeOffset since) => Since = since;

        public DateTimeOffset Since { get; }

        public void Record(RequestRecord record)
        {
            CountersFor(record.Route).Record(record);
            _total.Record(record);
            if (record.StartedAt != default)
            {
                var window = record.StartedAt.ToUnixTimeMilliseconds() / (long)WindowLength.TotalMilliseconds;
                _windows.GetOrAdd(window, _ => new TrafficCounters()).Record(record);
            }
            if (record.Failed) Interlocked.Increment(ref CauseCounts(record.Cause!)[0]);
            if (record.RetryReason != null) Interlocked.Increment(ref CauseCounts(record.RetryReason)[1]);
        }

        public RouteStatistics SnapshotTotal() => _total.Snapshot(AllRoutes);

        public RequestSummary Summarize(string source, long skippedLines)
        {
            var routes = _routes.Select(entry => entry.Value.Snapshot(entry.Key))
                .OrderByDescending(route => route.Requests)
                .ThenBy(route => route.Route, StringComparer.Ordinal)
                .ToList();
            var windowMs = (long)WindowLength.TotalMilliseconds;
            var timeline = _windows.OrderBy(entry => entry.Key)
                .Select(entry => entry.Value.Snapshot(DateTimeOffset.FromUnixTimeMilliseconds(entry.Key * windowMs)))
                .ToList();
            var causes = _causes.Select(entry => new CauseStatistics(entry.Key, Interlocked.Read(ref entry.Value[0]), Interlocked.Read(ref entry.Value[1])))
                .OrderByDescending(cause => cause.FailedAttempts + cause.Retries)
                .ThenBy(cause => cause.Cause, StringComparer.Ordinal)
                .ToList();
            return new RequestSummary(source, Since, routes, SnapshotTotal(), timeline, causes, skippedLines);
        }

        private RouteCounters CountersFor(string route)
        {
            if (_routes.TryGetValue(route, out var counters)) return counters;
            var key = Volatile.Read(ref _routeCount) < MaxRoutes ? route : OtherRoutes;
            return _routes.GetOrAdd(key, _ =>
            {
                Interlocked.Increment(ref _routeCount);
                return new RouteCounters();
            });
        }

        private long[] CauseCounts(string cause)
        {
            if (_causes.TryGetValue(cause, out var counts)) return counts;
            var key = Volatile.Read(ref _causeCount) < MaxCauses ? cause : OtherCauses;
            return _causes.GetOrAdd(key, _ =>
            {
                Interlocked.Increment(ref _causeCount);
                return new long[2];
            });
        }

        /// <summary>Counters of one route (or all): a short lock per attempt, uncontended in practice.</summary>
        private sealed class RouteCounters
        {
            private readonly LatencyHistogram _latency = new LatencyHistogram();
            private readonly object _gate = new object();
            private long _failed;
            private long _retries;
            private long _rateLimited;
            private long _bytesReceived;
            private DateTimeOffset? _first;
            private DateTimeOffset? _last;
            private DateTimeOffset _lastRateLimitAt;
            private int? _lowestRemaining;
            private int? _lastRemaining;

            public void Record(RequestRecord record)
            {
                _latency.Record(record.Elapsed);
                lock (_gate)
                {
                    if (record.Failed) _failed++;
                    if (record.Attempt > 1) _retries++;
                    if (record.Status == 429) _rateLimited++;
                    _bytesReceived += record.BytesReceived;
                    if (record.StartedAt != default)
                    {
                        var ended = record.StartedAt + record.Elapsed;
                        if (_first == null || record.StartedAt < _first) _first = record.StartedAt;
                        if (_last == null || ended > _last) _last = ended;
                    }
                    if (record.RateLimit is RateLimitSnapshot limit)
                    {
                        if (_lowestRemaining == null || limit.Remaining < _lowestRemaining) _lowestRemaining = limit.Remaining;
                        // Two processes sharing a log append in roughly, not exactly, time order: the latest send wins.
                        if (_lastRemaining == null || record.StartedAt >= _lastRateLimitAt)
                        {
                            _lastRemaining = limit.Remaining;
                            _lastRateLimitAt = record.StartedAt;
                        }
                    }
                }
            }

            public RouteStatistics Snapshot(string route)
            {
                lock (_gate)
                {
                    var requests = _latency.Count;
                    return new RouteStatistics(route, requests,
                        // Every retry follows exactly one failed attempt of the same call, so the calls whose last
                        // attempt failed are the failed attempts that no retry followed.
                        errors: Math.Max(0, _failed - _retries), retries: _retries, rateLimited: _rateLimited,
                        p50Ms: _latency.Percentile(0.50), p95Ms: _latency.Percentile(0.95), p99Ms: _latency.Percentile(0.99),
                        maxMs: _latency.MaxMilliseconds, bytesReceived: _bytesReceived,
                        firstRequestAt: _first, lastRequestAt: _last,
                        lowestRateLimitRemaining: _lowestRemaining, lastRateLimitRemaining: _lastRemaining);
                }
            }
        }

        /// <summary>What happened in one 10-second window.</summary>
        private sealed class TrafficCounters
        {
            private readonly object _gate = new object();
            private long _requests;
            private long _failed;
            private long _retries;
            private long _rateLimited;
            private int? _lowestRemaining;
            private int? _limit;

            public void Record(RequestRecord record)
            {
                lock (_gate)
                {
                    _requests++;
                    if (record.Failed) _failed++;
                    if (record.Attempt > 1) _retries++;
                    if (record.Status == 429) _rateLimited++;
                    if (record.RateLimit is RateLimitSnapshot limit)
                    {
                        if (_lowestRemaining == null || limit.Remaining < _lowestRemaining) _lowestRemaining = limit.Remaining;
                        _limit = limit.Limit;
                    }
                }
            }

            public TrafficWindow Snapshot(DateTimeOffset start)
            {
                lock (_gate) return new TrafficWindow(start, _requests, _failed, _retries, _rateLimited, _lowestRemaining, _limit);
            }
        }
    }
}
