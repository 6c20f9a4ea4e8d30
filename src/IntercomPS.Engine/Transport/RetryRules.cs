using System.Net;
using Polly;
using Polly.Timeout;

namespace IntercomPS.Engine.Transport
{
    /// <summary>Which failed attempts are worth sending again, given whether a resend could change the workspace twice.</summary>
    internal static class RetryRules
    {
        public static bool ShouldRetry(Outcome<ApiResponse> outcome, RequestSafety safety)
        {
            var idempotent = safety == RequestSafety.Idempotent;
            if (outcome.Result is ApiResponse response)
            {
                // Intercom turns an over-limit request away before acting on it, so even a create may be resent.
                return response.StatusCode == TooManyRequests || (idempotent && IsTransient(response.StatusCode));
            }
            switch (outcome.Exception)
            {
                case NoResponseException failure:
                    return failure.NeverReachedServer || idempotent;
                case TimeoutRejectedException _:
                case MalformedBodyException _:
                    // Intercom may have acted before the answer was lost or garbled: only a read can safely go again.
                    return idempotent;
                default:
                    // The caller's cancellation, a body over the size cap, or a defect that a resend cannot fix.
                    return false;
            }
        }

        public const HttpStatusCode TooManyRequests = (HttpStatusCode)429;

        public static bool IsTransient(HttpStatusCode status) => (int)status is 408 or 429 or 500 or 502 or 503 or 504;

        /// <summary>What went wrong, for the verbose line announcing the retry; never a body or a header value beyond the rate limit.</summary>
        public static string Describe(Outcome<ApiResponse> outcome, TimeSpan attemptTimeout)
        {
            if (outcome.Result is ApiResponse response)
            {
                var rateLimit = response.StatusCode == TooManyRequests && response.RateLimit != null
                    ? $" (rate limit {response.RateLimit.Remaining}/{response.RateLimit.Limit}, window resets {response.RateLimit.Reset:HH:mm:ss} UTC)"
                    : string.Empty;
                return $"{(int)response.StatusCode} {response.StatusCode}{rateLimit}";
            }
            switch (outcome.Exception)
            {
                case TimeoutRejectedException _:
                    return $"no response within {Seconds(attemptTimeout)} s";
                case MalformedBodyException malformed:
                    return $"{(int)malformed.Response.StatusCode} with a body that could not be read ({malformed.Reason.TrimEnd('.')})";
                case Exception other:
                    return other.Message;
                default:
                    return "unknown failure";
            }
        }

        public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
    }
}
