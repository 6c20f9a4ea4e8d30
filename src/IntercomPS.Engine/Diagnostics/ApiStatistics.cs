using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Diagnostics
{
    /// <summary>
    /// Per-route counts, latencies and rate-limit state of one connection's requests (Get-IntercomApiStatistic).
    /// Thread-safe; recording costs a dictionary lookup and a few interlocked increments.
    /// </summary>
    public sealed class ApiStatistics
    {
        /// <summary>Where requests go once <see cref="MaxRoutes"/> distinct routes are tracked.</summary>
        public const string OtherRoutes = "(other routes)";

        /// <summary>All routes together, as returned by <see cref="SnapshotTotal"/>.</summary>
        public const string AllRoutes = "(all routes)";

        // A request without a route template is tracked by its path, which may contain ids: the cap keeps a long
        // session that reads many ids from growing the table without bound.
        internal const int MaxRoutes = 256;

        private readonly TimeProvider _clock;
        private Ledger _ledger;
        private RateLimitSnapshot? _lastRateLimit;

        internal ApiStatistics(TimeProvider clock)
        {
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _ledger = new Ledger(clock.GetUtcNow());
        }

        /// <summary>When counting started: the connection's creation or the last <see cref="Reset"/>.</summary>
        public DateTimeOffset Since => Volatile.Read(ref _ledger).Since;

        /// <summary>The X-RateLimit-* headers of the most recent response that had them.</summary>
        public RateLimitSnapshot? LastRateLimit => Volatile.Read(ref _lastRateLimit);

        /// <summary>One entry per route, busiest first.</summary>
        public IReadOnlyList<RouteStatistics> Snapshot() =>
            Volatile.Read(ref _ledger).Routes
                .Select(entry => entry.Value.Snapshot(entry.Key))
                .OrderByDescending(route => route.Requests)
                .ThenBy(route => route.Route, StringComparer.Ordinal)
                .ToList();

        /// <summary>Every route together (the percentiles are over all requests, not an average of routes).</summary>
        public RouteStatistics SnapshotTotal() => Volatile.Read(ref _ledger).Total.Snapshot(AllRoutes);

        /// <summary>Starts counting afresh. A request completing at the same moment may land in either period.</summary>
        public void Reset()
        {
            Volatile.Write(ref _ledger, new Ledger(_clock.GetUtcNow()));
        }

        internal void RecordAttempt(RequestRecord record)
        {
            var ledger = Volatile.Read(ref _ledger);
            ledger.CountersFor(record.Route).RecordAttempt(record);
            ledger.Total.RecordAttempt(record);
            if (record.RateLimit != null) Volatile.Write(ref _lastRateLimit, record.RateLimit);
        }

        internal void RecordError(string route)
        {
            var ledger = Volatile.Read(ref _ledger);
            ledger.CountersFor(route).RecordError();
            ledger.Total.RecordError();
        }

        /// <summary>The counters of one counting period; replaced whole by <see cref="Reset"/> so no reader sees half a reset.</summary>
        private sealed class Ledger
        {
            private int _routeCount;

            public Ledger(DateTimeOffset since) => Since = since;

            public DateTimeOffset Since { get; }

            public ConcurrentDictionary<string, RouteCounters> Routes { get; } = new ConcurrentDictionary<string, RouteCounters>(StringComparer.Ordinal);

            public RouteCounters Total { get; } = new RouteCounters();

            public RouteCounters CountersFor(string route)
            {
                if (Routes.TryGetValue(route, out var counters)) return counters;
                var key = Volatile.Read(ref _routeCount) < MaxRoutes ? route : OtherRoutes;
                return Routes.GetOrAdd(key, _ =>
                {
                    Interlocked.Increment(ref _routeCount);
                    return new RouteCounters();
                });
            }
        }

        private sealed class RouteCounters
        {
            private readonly LatencyHistogram _latency = new LatencyHistogram();
            private long _errors;
            private long _retries;
            private long _rateLimited;
            private long _bytesReceived;

            public void RecordAttempt(RequestRecord record)
            {
                if (record.Attempt > 1) Interlocked.Increment(ref _retries);
                if (record.Status == 429) Interlocked.Increment(ref _rateLimited);
                Interlocked.Add(ref _bytesReceived, record.BytesReceived);
                _latency.Record(record.Elapsed);
            }

            public void RecordError() => Interlocked.Increment(ref _errors);

            public RouteStatistics Snapshot(string route) =>
                new RouteStatistics(route, _latency.Count, Interlocked.Read(ref _errors), Interlocked.Read(ref _retries),
                    Interlocked.Read(ref _rateLimited), _latency.Percentile(0.50), _latency.Percentile(0.95), _latency.MaxMilliseconds,
                    Interlocked.Read(ref _bytesReceived));
        }
    }
}
