using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Diagnostics
{
    /// <summary>
    /// Per-route counts, latencies, rate-limit headroom and traffic over time of one connection's requests
    /// (Get-IntercomApiStatistic, Export-IntercomApiReport). The counting itself is <see cref="RequestLedger"/>, the same
    /// one that summarises a request log. Thread-safe.
    /// </summary>
    public sealed class ApiStatistics : IRequestObserver
    {
        /// <summary>Where requests go once <see cref="MaxRoutes"/> distinct routes are tracked.</summary>
        public const string OtherRoutes = RequestLedger.OtherRoutes;

        /// <summary>All routes together, as returned by <see cref="SnapshotTotal"/>.</summary>
        public const string AllRoutes = RequestLedger.AllRoutes;

        internal const int MaxRoutes = RequestLedger.MaxRoutes;

        private readonly TimeProvider _clock;
        private readonly IRequestObserver? _next;
        private RequestLedger _ledger;
        private RateLimitSnapshot? _lastRateLimit;

        internal ApiStatistics(TimeProvider clock, IRequestObserver? next = null)
        {
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _next = next;
            _ledger = new RequestLedger(clock.GetUtcNow());
        }

        /// <summary>
        /// Statistics of one operation (an export run): counts what the transport reports inside the scope and passes
        /// every report on to the observer that was in place (-Verbose).
        /// </summary>
        public static ApiStatistics ForOperation(TimeProvider clock) => new ApiStatistics(clock, RequestObserverScope.Current);

        /// <summary>When counting started: the connection's creation or the last <see cref="Reset"/>.</summary>
        public DateTimeOffset Since => Volatile.Read(ref _ledger).Since;

        /// <summary>The X-RateLimit-* headers of the most recent response that had them.</summary>
        public RateLimitSnapshot? LastRateLimit => Volatile.Read(ref _lastRateLimit);

        /// <summary>One entry per route, busiest first.</summary>
        internal System.Collections.Generic.IReadOnlyList<RouteStatistics> Snapshot() => Summarize().Routes;

        /// <summary>Every route together (the percentiles are over all requests, not an average of routes).</summary>
        internal RouteStatistics SnapshotTotal() => Volatile.Read(ref _ledger).SnapshotTotal();

        /// <summary>Routes, total, traffic per 10-second window and failure causes, as one consistent-enough picture.</summary>
        public RequestSummary Summarize() => Volatile.Read(ref _ledger).Summarize("this connection", 0);

        /// <summary>Starts counting afresh. A request completing at the same moment may land in either period.</summary>
        public void Reset()
        {
            Volatile.Write(ref _ledger, new RequestLedger(_clock.GetUtcNow()));
        }

        internal void RecordAttempt(RequestRecord record)
        {
            Volatile.Read(ref _ledger).Record(record);
            if (record.RateLimit != null) Volatile.Write(ref _lastRateLimit, record.RateLimit);
        }

        void IRequestObserver.OnRequest(RequestRecord record)
        {
            RecordAttempt(record);
            _next?.OnRequest(record);
        }

        void IRequestObserver.OnWait(string reason, TimeSpan wait) => _next?.OnWait(reason, wait);
    }
}
