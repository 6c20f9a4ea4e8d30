using System.Net;
using Polly;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// How long to wait before a retry: a 429 or 503 with Retry-After waits as asked; a 429 waits for its rate-limit
    /// window to reset; anything else backs off
    /// exponentially. Both are jittered so requests that failed together do not return together.
    /// </summary>
    internal sealed class RetryDelays
    {
        // A 429 is retried up to this much after the reset, so callers released by the same reset spread out.
        internal static readonly TimeSpan RateLimitJitter = TimeSpan.FromSeconds(1);

        // Each backoff wait is stretched by up to this fraction of itself.
        private const double BackoffJitterFraction = 0.25;

        private readonly TimeProvider _clock;
        private readonly TimeSpan _baseDelay;
        private readonly TimeSpan _maxDelay;
        private readonly Jitter _jitter;

        public RetryDelays(TimeProvider clock, TimeSpan baseDelay, TimeSpan maxDelay, Jitter jitter)
        {
            _clock = clock;
            _baseDelay = baseDelay < TimeSpan.Zero ? TimeSpan.Zero : baseDelay;
            _maxDelay = maxDelay < _baseDelay ? _baseDelay : maxDelay;
            _jitter = jitter;
        }

        /// <param name="retryIndex">0 before the first retry, 1 before the second, ...</param>
        public TimeSpan Before(SendOperation operation, int retryIndex, Outcome<ApiResponse> outcome)
        {
            if (outcome.Result is ApiResponse { RetryAfter: TimeSpan asked } answer &&
                (answer.StatusCode == RetryRules.TooManyRequests || answer.StatusCode == HttpStatusCode.ServiceUnavailable))
            {
                // The server said when to come back: that, never more than the call may still wait in all.
                var wait = asked < operation.RateLimitWaitLeft ? asked : operation.RateLimitWaitLeft;
                operation.AddRateLimitWait(wait);
                return wait;
            }
            if (outcome.Result is ApiResponse { StatusCode: RetryRules.TooManyRequests, RateLimit: RateLimitSnapshot rateLimit })
            {
                var wait = UntilReset(rateLimit.Reset, operation.RateLimitWaitLeft);
                operation.AddRateLimitWait(wait);
                return wait;
            }
            return Backoff(retryIndex);
        }

        /// <summary>
        /// The whole seconds from now until the reset instant, plus jitter, capped by what the call may still wait.
        /// Whole seconds because the header has one-second resolution: the window may end anywhere in that second.
        /// </summary>
        public TimeSpan UntilReset(DateTimeOffset reset, TimeSpan waitLeft)
        {
            var seconds = Math.Max(0, Math.Ceiling((reset - _clock.GetUtcNow()).TotalSeconds));
            var wait = TimeSpan.FromSeconds(seconds) + TimeSpan.FromTicks((long)(RateLimitJitter.Ticks * _jitter.NextFraction()));
            return wait < waitLeft ? wait : waitLeft;
        }

        /// <summary>BaseDelay doubled per retry, stretched by jitter, never above MaxDelay.</summary>
        public TimeSpan Backoff(int retryIndex)
        {
            var exponential = _baseDelay.Ticks * Math.Pow(2, Math.Min(retryIndex, 30));
            var jittered = exponential * (1 + BackoffJitterFraction * _jitter.NextFraction());
            return jittered >= _maxDelay.Ticks ? _maxDelay : TimeSpan.FromTicks((long)jittered);
        }
    }
}
