using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;

namespace IntercomPS.Engine.Transport
{
    /// <summary>Turns an error response into an exception whose message says what happened and what to do.</summary>
    internal static class ErrorFactory
    {
        public static IntercomApiException FromResponse(ApiRequest request, ApiResponse response)
        {
            var errors = ParseErrorList(response.Body);
            var detail = errors.Count == 0 ? string.Empty : " Intercom said: " + string.Join("; ", errors.Select(e => e.ToString())) + ".";
            var requestId = response.RequestId == null ? string.Empty : $" Request id: {response.RequestId}.";
            var attempts = response.Attempts > 1 ? $" (after {response.Attempts} attempts)" : string.Empty;
            var message = $"{request.RouteOrPath} failed with {(int)response.StatusCode} {response.StatusCode}{attempts}.{detail}{requestId} {AdviceFor(response.StatusCode)}";
            return new IntercomApiException(message.TrimEnd(), response.StatusCode, request.RouteOrPath, response.RequestId, errors, response.Attempts);
        }

        public static IntercomApiException FromNoResponse(ApiRequest request, int attempts, Exception failure)
        {
            var message = $"{request.RouteOrPath} got no response after {attempts} attempt(s): {failure.Message} " +
                          "Check network access to the API host (proxy, firewall, TLS), or raise -TimeoutSec / -MaxRetries on Connect-Intercom.";
            return new IntercomApiException(message, null, request.RouteOrPath, null, Array.Empty<IntercomError>(), attempts, failure);
        }

        internal static string AdviceFor(HttpStatusCode status)
        {
            switch ((int)status)
            {
                case 400: return "Check the parameters or the query; the request was not accepted as sent.";
                case 401: return "The access token was rejected: run Connect-Intercom again with a valid token.";
                case 403: return "The token lacks the permission (scope) this call needs: grant it in the Intercom developer hub.";
                case 404: return "Nothing with that id exists in this workspace (check the id and the region).";
                case 409: return "The object was changed concurrently or already exists; fetch it again and retry.";
                case 422: return "Intercom could not process the values sent; check the fields named above.";
                case 429: return "The rate limit was still exceeded after waiting: lower -ThrottleLimit or -MaxRequestsPerMinute, or retry later.";
                default:
                    return (int)status >= 500
                        ? "Intercom had a server error; retry later, and quote the request id to Intercom support if it persists."
                        : string.Empty;
            }
        }

        internal static IReadOnlyList<IntercomError> ParseErrorList(byte[] body)
        {
            if (body == null || body.Length == 0) return Array.Empty<IntercomError>();
            try
            {
                using (var document = JsonDocument.Parse(body))
                {
                    var root = document.RootElement;
                    if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var list) || list.ValueKind != JsonValueKind.Array)
                    {
                        return Array.Empty<IntercomError>();
                    }
                    var errors = new List<IntercomError>();
                    foreach (var item in list.EnumerateArray())
                    {
                        if (item.ValueKind != JsonValueKind.Object) continue;
                        errors.Add(new IntercomError(StringOf(item, "code"), StringOf(item, "message"), StringOf(item, "field")));
                    }
                    return errors;
                }
            }
            catch (JsonException)
            {
                return Array.Empty<IntercomError>();
            }
        }

        private static string? StringOf(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;
    }
}
