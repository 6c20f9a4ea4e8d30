using System.Net;
using System.Text;

namespace IntercomPS.Engine.Transport
{
    /// <summary>A completed HTTP exchange with Intercom: status, the body as UTF-8 bytes, and what the headers said.</summary>
    public sealed class ApiResponse
    {
        public ApiResponse(HttpStatusCode statusCode, byte[] body, string? requestId, RateLimitSnapshot? rateLimit, int attempts, DateTimeOffset? serverDate = null)
        {
            ServerDate = serverDate;
            StatusCode = statusCode;
            Body = body ?? Array.Empty<byte>();
            BodyLength = Body.Length;
            RequestId = requestId;
            RateLimit = rateLimit;
            Attempts = attempts;
        }

        public HttpStatusCode StatusCode { get; }

        /// <summary>The server's clock when it answered (the Date header), or null when it sent none.</summary>
        public DateTimeOffset? ServerDate { get; }

        public byte[] Body { get; }

        public string? RequestId { get; }

        public RateLimitSnapshot? RateLimit { get; }

        /// <summary>How many times the request was sent before this answer (1 = no retry).</summary>
        public int Attempts { get; }

        public bool IsSuccess => (int)StatusCode >= 200 && (int)StatusCode < 300;

        /// <summary>Where a 3xx answer pointed (the Location header, resolved against the request URI). Never followed.</summary>
        public Uri? Location { get; internal set; }

        /// <summary>How long the server asked the client to wait (Retry-After, as seconds or a date), from when it answered.</summary>
        public TimeSpan? RetryAfter { get; internal set; }

        /// <summary>The body's length as received; <see cref="Body"/> is empty when the body was read inside the attempt.</summary>
        public int BodyLength { get; internal set; }

        /// <summary>What the request's body reader made of the body, read inside the attempt (see <c>IntercomClient.SendAsync&lt;T&gt;</c>).</summary>
        internal object? Value { get; set; }

        public string BodyText => Encoding.UTF8.GetString(Body);
    }

    /// <summary>The X-RateLimit-* headers of one response.</summary>
    /// <param name="Limit">Requests allowed per minute (Intercom enforces it over 10-second windows).</param>
    /// <param name="Reset">When the current window ends (from a unix-seconds header).</param>
    public sealed record RateLimitSnapshot(int Limit, int Remaining, DateTimeOffset Reset)
    {
        public override string ToString() => $"{Remaining}/{Limit} until {Reset:u}";
    }
}
