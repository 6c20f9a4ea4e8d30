using System;
using System.Globalization;
using System.Linq;
using System.Net.Http.Headers;

namespace IntercomPS.Engine.Transport
{
    /// <summary>Reads Intercom's X-RateLimit-Limit / -Remaining / -Reset (unix seconds) headers.</summary>
    public static class RateLimitHeaders
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
            return new RateLimitSnapshot(limit, remaining, DateTimeOffset.FromUnixTimeSeconds(reset));
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
