using Polly;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// Takes a permit from the connection's <see cref="RateLimitGate"/> before each attempt and gives it back with the
    /// response's rate-limit headers. Inside the retry, so every attempt is paced; outside the attempt timeout, so
    /// waiting for a turn never counts as the server being slow.
    /// </summary>
    internal sealed class RateLimitGateStrategy : ResilienceStrategy<ApiResponse>
    {
        private readonly RateLimitGate _gate;

        public RateLimitGateStrategy(RateLimitGate gate) => _gate = gate;

        protected override async ValueTask<Outcome<ApiResponse>> ExecuteCore<TState>(
            Func<ResilienceContext, TState, ValueTask<Outcome<ApiResponse>>> callback, ResilienceContext context, TState state)
        {
            var operation = SendOperation.Of(context);
            RateLimitPermit permit;
            try
            {
                permit = await _gate.AcquireAsync(operation.RateLimitWaitLeft, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
            }
            catch (OperationCanceledException cancelled)
            {
                return Outcome.FromException<ApiResponse>(cancelled);
            }
            operation.AddRateLimitWait(permit.BudgetWait);

            var outcome = default(Outcome<ApiResponse>);
            try
            {
                outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
                return outcome;
            }
            finally
            {
                _gate.Complete(permit, RateLimitOf(outcome));
            }
        }

        private static RateLimitSnapshot? RateLimitOf(Outcome<ApiResponse> outcome) =>
            outcome.Result?.RateLimit ?? (outcome.Exception as MalformedBodyException)?.Response.RateLimit;
    }
}
