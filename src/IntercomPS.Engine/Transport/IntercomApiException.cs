using System.Net;

namespace IntercomPS.Engine.Transport
{
    /// <summary>One entry of Intercom's <c>error.list</c> body.</summary>
    public sealed class IntercomError
    {
        public IntercomError(string? code, string? message, string? field)
        {
            Code = code;
            Message = message;
            Field = field;
        }

        public string? Code { get; }
        public string? Message { get; }
        public string? Field { get; }

        public override string ToString() => Field == null ? $"{Code}: {Message}" : $"{Code}: {Message} (field '{Field}')";
    }

    /// <summary>
    /// Intercom answered with an error status (after any retries). The message says what happened and what to do;
    /// it never contains the access token.
    /// </summary>
    public class IntercomApiException : Exception
    {
        public IntercomApiException(string message, HttpStatusCode? statusCode, string route, string? requestId,
            IReadOnlyList<IntercomError> errors, int attempts, Exception? inner = null)
            : base(message, inner)
        {
            StatusCode = statusCode;
            Route = route;
            RequestId = requestId;
            Errors = errors;
            Attempts = attempts;
        }

        /// <summary>The HTTP status, or null when no response arrived (connection failure, timeout).</summary>
        public HttpStatusCode? StatusCode { get; }

        public string Route { get; }

        public string? RequestId { get; }

        public IReadOnlyList<IntercomError> Errors { get; }

        public int Attempts { get; }

        public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

        public bool IsUnauthorized => StatusCode == HttpStatusCode.Unauthorized;
    }
}
