using Polly;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// One <see cref="IntercomClient.SendAsync"/> call while it moves through the resilience pipeline: the request, the
    /// caller's cancellation, how many times it was sent, and how long it has waited for rate-limit windows. Used by one
    /// call at a time (attempts are sequential), so it needs no locking.
    /// </summary>
    internal sealed class SendOperation(ApiRequest request, Uri target, Func<ApiResponse, ArraySegment<byte>, object?>? reader, TimeSpan maxRateLimitWait, CancellationToken callerToken)
    {
        private static readonly ResiliencePropertyKey<SendOperation> Key = new ResiliencePropertyKey<SendOperation>("IntercomPS.SendOperation");

        private readonly TimeSpan _maxRateLimitWait = maxRateLimitWait;

        public ApiRequest Request { get; } = request;

        /// <summary>The absolute URI every attempt goes to, resolved and checked once against the base URI.</summary>
        public Uri Target { get; } = target;

        /// <summary>
        /// Reads a success body inside each attempt, so a body it cannot read is a failed attempt the retry policy
        /// sees; null to hand the body back as bytes.
        /// </summary>
        public Func<ApiResponse, ArraySegment<byte>, object?>? Reader { get; } = reader;

        /// <summary>The caller's token; the pipeline's own token also fires on the attempt timeout.</summary>
        public CancellationToken CallerToken { get; } = callerToken;

        public int Attempts { get; private set; }

        public TimeSpan RateLimitWaited { get; private set; }

        /// <summary>How much longer this call may still wait for rate-limit resets before it is sent regardless.</summary>
        public TimeSpan RateLimitWaitLeft => RateLimitWaited < _maxRateLimitWait ? _maxRateLimitWait - RateLimitWaited : TimeSpan.Zero;

        /// <summary>What went wrong with the last attempt; the reason the next one, if any, is sent.</summary>
        public string? RetryReason { get; set; }

        public int BeginAttempt() => ++Attempts;

        public void AddRateLimitWait(TimeSpan wait)
        {
            if (wait > TimeSpan.Zero) RateLimitWaited += wait;
        }

        public void AttachTo(ResilienceContext context) => context.Properties.Set(Key, this);

        public static SendOperation Of(ResilienceContext context) =>
            context.Properties.TryGetValue(Key, out var operation)
                ? operation
                : throw new InvalidOperationException("The transport pipeline ran without its SendOperation.");
    }
}
