using Polly;
using Polly.Retry;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// Builds a connection's resilience pipeline, outermost first: retry (what and when to resend), rate-limit gate
    /// (when each attempt may go), attempt timeout (how long one attempt may take).
    /// </summary>
    internal static class TransportPipeline
    {
        // Polly's timeout accepts more than 10 ms and less than a day.
        private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);
        private static readonly TimeSpan LongestTimeout = TimeSpan.FromDays(1);

        public static ResiliencePipeline<ApiResponse> Build(IntercomClientOptions options, RateLimitGate gate, RetryDelays delays)
        {
            var builder = new ResiliencePipelineBuilder<ApiResponse> { TimeProvider = options.TimeProvider };
            if (options.MaxRetries > 0)
            {
                builder.AddRetry(RetryOptions(options.MaxRetries, options.AttemptTimeout, delays));
            }
            builder.AddStrategy(_ => new RateLimitGateStrategy(gate));
            if (HasAttemptTimeout(options.AttemptTimeout))
            {
                builder.AddTimeout(options.AttemptTimeout);
            }
            return builder.Build();
        }

        /// <summary>Zero, negative or infinite turns the attempt timeout off; anything else must be one Polly accepts.</summary>
        internal static bool HasAttemptTimeout(TimeSpan timeout)
        {
            if (timeout <= TimeSpan.Zero || timeout == System.Threading.Timeout.InfiniteTimeSpan) return false;
            if (timeout <= ShortestTimeout || timeout >= LongestTimeout)
            {
                throw new ArgumentOutOfRangeException(nameof(IntercomClientOptions.AttemptTimeout), timeout,
                    "The attempt timeout must be more than 10 milliseconds and less than a day (or zero for none).");
            }
            return true;
        }

        private static RetryStrategyOptions<ApiResponse> RetryOptions(int maxRetries, TimeSpan attemptTimeout, RetryDelays delays) =>
            new RetryStrategyOptions<ApiResponse>
            {
                MaxRetryAttempts = maxRetries,
                ShouldHandle = args => new ValueTask<bool>(RetryRules.ShouldRetry(args.Outcome, SendOperation.Of(args.Context).Request.Safety)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(delays.Before(SendOperation.Of(args.Context), args.AttemptNumber, args.Outcome)),
                OnRetry = args =>
                {
                    var operation = SendOperation.Of(args.Context);
                    RequestObserverScope.Current?.OnWait(
                        $"{operation.Request.RouteOrPath}: {RetryRules.Describe(args.Outcome, attemptTimeout)}; retry {args.AttemptNumber + 1} of {maxRetries}",
                        args.RetryDelay);
                    return default;
                },
            };
    }
}
