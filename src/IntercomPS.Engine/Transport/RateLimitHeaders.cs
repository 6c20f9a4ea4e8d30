using System.Globalization;
using System.Net.Http.Headers;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// Reads Intercom's X-RateLimit-Limit / -Remaining / -Reset headers. Reset is unix seconds; a value only
    /// plausible as milliseconds is read as milliseconds, and anything unusable means "no rate-limit facts", never an error.
    /// </summary>
    internal static class RateLimitHeaders
    {
        public const string Limit = "X-RateLimit-Limit";
        public const string Remaining = "X-RateLimit-Remaining";
        public const string Reset = "X-RateLimit-Reset";

        public static RateLimitSnapshot? Parse(HttpHeaders headers)
        {
            if (!TryInt(headers, Limit, out var limit) || !TryInt(headers, Remaining, out var remaining) || !TryLong(headers, Reset, out var reset))
            {
                return null;
            }
            var resetAt = ResetInstant(reset);
            return resetAt == null ? null : new RateLimitSnapshot(limit, remaining, resetAt.Value);
        }

        // Unix seconds this large are past the year 5000; as milliseconds they are a date a server could mean.
        private const long SmallestMilliseconds = 100_000_000_000;
        private const long LargestUnixSeconds = 253_402_300_799;

        internal static DateTimeOffset? ResetInstant(long reset)
        {
            if (reset < 0) return null;
            var seconds = reset >= SmallestMilliseconds ? reset / 1000 : reset;
            return seconds > LargestUnixSeconds ? null : DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        private static bool TryInt(HttpHeaders headers, string name, out int value)
        {
            value = 0;
            return headers.TryGetValues(name, out var values) &&
                   int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
        }

        private static bool TryLong(HttpHeaders headers, string name, out long value)
        {
            value = 0;
            return headers.TryGetValues(name, out var values) &&
                   long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
        }
    }
}
