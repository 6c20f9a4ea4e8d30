using System.Net;

namespace IntercomPS.Engine.Transport
{
    /// <summary>One entry of Intercom's <c>error.list</c> body.</summary>
    public sealed class IntercomError(string? code, string? message, string? field)
    {
        public string? Code { get; } = code;
        public string? Message { get; } = message;
        public string? Field { get; } = field;

        public override string ToString() => Field == null ? $"{Code}: {Message}" : $"{Code}: {Message} (field '{Field}')";
    }

    /// <summary>
    /// Intercom answered with an error status (after any retries). The message says what happened and what to do;
    /// it never contains the access token.
    /// </summary>
    public class IntercomApiException(string message, HttpStatusCode? statusCode, string route, string? requestId,
        IReadOnlyList<IntercomError> errors, int attempts, Exception? inner = null)
        : Exception(message, inner)
    {
        /// <summary>The HTTP status, or null when no response arrived (connection failure, timeout).</summary>
        public HttpStatusCode? StatusCode { get; } = statusCode;

        public string Route { get; } = route;

        public string? RequestId { get; } = requestId;

        public IReadOnlyList<IntercomError> Errors { get; } = errors;

        public int Attempts { get; } = attempts;

        public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

        public bool IsUnauthorized => StatusCode == HttpStatusCode.Unauthorized;
    }
}
