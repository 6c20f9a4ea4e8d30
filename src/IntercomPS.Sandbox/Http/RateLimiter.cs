namespace IntercomPS.Sandbox.Http
{
    /// <summary>
    /// Intercom's documented limit: a per-minute figure enforced over 10-second windows, each allowing ceil(limit / 6)
    /// requests. Windows follow the workspace clock so tests can move time.
    /// </summary>
    internal sealed class RateLimiter
    {
        public const int WindowSeconds = 10;
        /// <summary>Advertised when enforcement is off, so clients that pace themselves by the headers do not slow down.</summary>
        public const int UnenforcedLimitPerMinute = 1_000_000;

        private readonly object _gate = new object();
        private long _window = long.MinValue;
        private int _used;

        public RateState Take(TimeProvider clock, int limitPerMinute, bool consume)
        {
            var enforce = limitPerMinute > 0;
            var perMinute = enforce ? limitPerMinute : UnenforcedLimitPerMinute;
            var budget = (perMinute + 5) / 6;
            var now = clock.GetUtcNow().ToUnixTimeSeconds();
            var window = now >= 0 ? now / WindowSeconds : (now - WindowSeconds + 1) / WindowSeconds;
            lock (_gate)
            {
                if (window != _window)
                {
                    _window = window;
                    _used = 0;
                }
                var limited = false;
                if (consume)
                {
                    if (enforce && _used >= budget) limited = true; else _used++;
                }
                return new RateState(perMinute, Math.Max(0, budget - _used), (window + 1) * WindowSeconds, limited);
            }
        }
    }

    /// <param name="ResetAt">Unix seconds at which the current window ends.</param>
    internal readonly record struct RateState(int LimitPerMinute, int Remaining, long ResetAt, bool Limited);
}
