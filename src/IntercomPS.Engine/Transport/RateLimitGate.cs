using System.Globalization;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// The rate limiter of one connection, shared by every request it sends (parallel windows, enrichment, bulk writes).
    /// </summary>
    /// <remarks>
    /// Intercom's headers say "Remaining requests are left until the Reset instant" (a 10-second window holding a sixth
    /// of the per-minute Limit). The gate hands out permits at evenly spaced slots, so concurrent callers queue for the
    /// same budget instead of racing for it:
    /// <list type="bullet">
    /// <item>never faster than the per-minute limit (or MaxRequestsPerMinute) allows on average;</item>
    /// <item>never faster than the budget left spread over the time left, which slows sending as Remaining nears zero;</item>
    /// <item>once the budget is spent, nobody is admitted until the reset (at most the caller's remaining rate-limit wait).</item>
    /// </list>
    /// The budget is a lower bound: it starts from the Remaining of the most recently granted request that has answered,
    /// less every request the server may not have counted in it yet (those in flight when it was sent, and all sent since).
    /// </remarks>
    internal sealed class RateLimitGate
    {
        // Intercom's limit is per minute, so no honest window outlasts one; a later reset (a skewed clock) must not
        // spread the budget over an hour.
        private static readonly TimeSpan LongestWindow = TimeSpan.FromMinutes(1);

        // At full speed every request waits a little for its slot; only waits a person would notice earn a verbose line.
        private static readonly TimeSpan NoticeableWait = TimeSpan.FromSeconds(1);

        private readonly object _sync = new object();
        private readonly TimeProvider _clock;
        private readonly int? _maxRequestsPerMinute;

        private int _limitPerMinute;
        private DateTimeOffset _windowReset = DateTimeOffset.MinValue;
        private long _budgetSequence;
        private long _budgetBase;
        private long _granted;
        private int _reserved;
        private int _inFlight;
        private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;

        public RateLimitGate(TimeProvider clock, int? maxRequestsPerMinute)
        {
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            if (maxRequestsPerMinute is int cap && cap < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxRequestsPerMinute), cap, "MaxRequestsPerMinute must be at least 1.");
            }
            _maxRequestsPerMinute = maxRequestsPerMinute;
        }

        /// <summary>
        /// Waits for this request's turn. <paramref name="maxBudgetWait"/> bounds the wait for a spent budget to reset;
        /// once it is used up the request is admitted anyway (still paced) and the server decides.
        /// </summary>
        public async ValueTask<RateLimitPermit> AcquireAsync(TimeSpan maxBudgetWait, CancellationToken cancellationToken)
        {
            var waitedForBudget = TimeSpan.Zero;
            while (true)
            {
                var honourBudget = waitedForBudget < maxBudgetWait;
                Admission admission;
                lock (_sync) admission = Admit(_clock.GetUtcNow(), honourBudget);
                if (admission.Granted) return admission.Permit.WithBudgetWait(waitedForBudget);

                var wait = admission.Wait;
                if (admission.ForReset && wait > maxBudgetWait - waitedForBudget) wait = maxBudgetWait - waitedForBudget;
                if (wait >= NoticeableWait) RequestObserverScope.Current?.OnWait(admission.Reason ?? "rate limit", wait);
                try
                {
                    await _clock.Delay(wait, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!admission.ForReset)
                {
                    lock (_sync) _reserved--;
                    throw;
                }

                if (admission.ForReset)
                {
                    waitedForBudget += wait;
                    continue;
                }
                lock (_sync)
                {
                    _reserved--;
                    // The slot was this caller's; it is void only if what the server said meanwhile leaves nothing to spend.
                    if (!honourBudget || !(_clock.GetUtcNow() < _windowReset && Available <= 0)) return Grant().WithBudgetWait(waitedForBudget);
                }
            }
        }

        /// <summary>Ends a permit: learns from the response's rate-limit headers, if it got any.</summary>
        public void Complete(RateLimitPermit permit, RateLimitSnapshot? snapshot)
        {
            lock (_sync)
            {
                _inFlight--;
                if (snapshot == null) return;
                _limitPerMinute = snapshot.Limit;
                var newerWindow = snapshot.Reset > _windowReset;
                var fresherNews = snapshot.Reset == _windowReset && permit.Sequence > _budgetSequence;
                if (!newerWindow && !fresherNews) return;
                _windowReset = snapshot.Reset;
                _budgetSequence = permit.Sequence;
                // Remaining may not yet count the requests in flight when this one was sent, nor any sent since:
                // available = Remaining - inFlightAtGrant - (granted - sequence).
                _budgetBase = snapshot.Remaining - permit.InFlightAtGrant + permit.Sequence;
            }
        }

        private Admission Admit(DateTimeOffset now, bool honourBudget)
        {
            if (honourBudget && IsBudgetSpent(now))
            {
                return Admission.UntilReset(_windowReset - now,
                    $"rate limit: this window's requests are spent; waiting for it to reset at {Clock(_windowReset)} UTC");
            }
            var slot = _nextSlot > now ? _nextSlot : now;
            var spacing = Spacing(slot);
            _nextSlot = slot + spacing;
            if (slot <= now) return Admission.Of(Grant());
            _reserved++;
            var wait = slot - now;
            return Admission.ForSlot(wait, wait >= NoticeableWait ? DescribePace(now, spacing) : null);
        }

        private RateLimitPermit Grant()
        {
            _granted++;
            return new RateLimitPermit(_granted, _inFlight++, TimeSpan.Zero);
        }

        /// <summary>Nothing left that is not already granted or promised to a caller waiting for its slot.</summary>
        private bool IsBudgetSpent(DateTimeOffset now) => now < _windowReset && Uncommitted <= 0;

        private long Available => _budgetBase - _granted;

        private long Uncommitted => Available - _reserved;

        /// <summary>
        /// The gap to leave after the permit at <paramref name="slot"/>: the slower of the average allowed rate and the
        /// pace that spreads the budget not yet promised over the time from that slot to the reset.
        /// </summary>
        private TimeSpan Spacing(DateTimeOffset slot)
        {
            var perSecond = double.PositiveInfinity;
            if (AllowedPerMinute is int perMinute) perSecond = perMinute / 60.0;
            if (slot < _windowReset && Uncommitted > 0)
            {
                var secondsLeft = Math.Min((_windowReset - slot).TotalSeconds, LongestWindow.TotalSeconds);
                perSecond = Math.Min(perSecond, Uncommitted / secondsLeft);
            }
            return double.IsPositiveInfinity(perSecond) ? TimeSpan.Zero : TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / perSecond));
        }

        private int? AllowedPerMinute
        {
            get
            {
                if (_limitPerMinute > 0 && _maxRequestsPerMinute is int cap) return Math.Min(_limitPerMinute, cap);
                if (_limitPerMinute > 0) return _limitPerMinute;
                return _maxRequestsPerMinute;
            }
        }

        private string DescribePace(DateTimeOffset now, TimeSpan spacing) =>
            now < _windowReset
                ? $"rate limit: {Math.Max(0, Uncommitted)} requests left until {Clock(_windowReset)} UTC; pacing one every {RetryRules.Seconds(spacing)} s"
                : $"rate limit: pacing to {AllowedPerMinute} requests per minute";

        private static string Clock(DateTimeOffset instant) => instant.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

        /// <param name="ForReset">Waiting for a spent budget to reset, rather than for a reserved slot.</param>
        private readonly record struct Admission(bool Granted, RateLimitPermit Permit, TimeSpan Wait, bool ForReset, string? Reason)
        {
            public static Admission Of(RateLimitPermit permit) => new Admission(true, permit, TimeSpan.Zero, false, null);

            public static Admission ForSlot(TimeSpan wait, string? reason) => new Admission(false, default, wait, false, reason);

            public static Admission UntilReset(TimeSpan wait, string reason) => new Admission(false, default, wait, true, reason);
        }
    }

    /// <summary>The right to send one request; handed back to the gate with <see cref="RateLimitGate.Complete"/>.</summary>
    /// <param name="Sequence">1 for the connection's first permit, then counting up.</param>
    /// <param name="InFlightAtGrant">Requests already sent but unanswered when this one was granted.</param>
    /// <param name="BudgetWait">How long the caller waited for a spent budget to reset (not for its slot).</param>
    internal readonly record struct RateLimitPermit(long Sequence, int InFlightAtGrant, TimeSpan BudgetWait)
    {
        public RateLimitPermit WithBudgetWait(TimeSpan wait) => new RateLimitPermit(Sequence, InFlightAtGrant, wait);
    }
}
