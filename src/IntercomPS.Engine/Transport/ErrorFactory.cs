using System.Net;
using System.Text.Json;
using Polly;
using Polly.Timeout;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// Turns a call's final failure into an exception whose message says what happened (status, Intercom's error code
    /// and message, request id, attempts) and what to do. Text from outside is redacted so the token never shows.
    /// </summary>
    internal sealed class ErrorFactory(SecretRedactor redactor, TimeSpan attemptTimeout, ClientSettingNames names)
    {
        private const string MayHaveBeenCreated =
            "It was not retried, because Intercom may have acted on it: check whether it took effect before sending it again.";

        private readonly SecretRedactor _redactor = redactor;
        private readonly TimeSpan _attemptTimeout = attemptTimeout;
        private readonly ClientSettingNames _names = names;

        /// <summary>The exception for a pipeline outcome that is not a success (the caller's cancellation is handled before this).</summary>
        public Exception ForOutcome(SendOperation operation, Outcome<ApiResponse> outcome)
        {
            if (outcome.Result is ApiResponse response) return FromResponse(operation.Request, response);
            switch (outcome.Exception)
            {
                case MalformedBodyException malformed:
                    return FromMalformedBody(operation.Request, malformed);
                case ResponseTooLargeException tooLarge:
                    return FromNoResponse(operation, tooLarge.Message, neverReachedServer: false, tooLarge,
                        $"The limit is {tooLarge.Limit} bytes (IntercomClientOptions.MaxResponseBodyBytes); ask for fewer items per page, or raise the limit if the answer is expected to be that large.",
                        "its answer was refused");
                case TimeoutRejectedException _:
                    var seconds = RetryRules.Seconds(_attemptTimeout);
                    return FromNoResponse(operation, $"the attempt timed out after {seconds} s", neverReachedServer: false,
                        new TimeoutException($"The attempt did not complete within {seconds} s."),
                        $"Raise {_names[ClientSetting.AttemptTimeout]} if Intercom is slow for this call, or retry later.");
                case NoResponseException failure:
                    return FromNoResponse(operation, failure.Message, failure.NeverReachedServer, _redactor.Redact(failure.InnerException ?? failure),
                        $"Check network access to the API host (proxy, firewall, TLS), or raise {_names[ClientSetting.MaxRetries]}.");
                case Exception defect:
                    return defect;
                default:
                    return new InvalidOperationException($"{operation.Request.RouteOrPath} ended without a response or an error.");
            }
        }

        public IntercomApiException FromResponse(ApiRequest request, ApiResponse response)
        {
            if ((int)response.StatusCode >= 300 && (int)response.StatusCode < 400) return FromRedirect(request, response);
            var errors = ParseErrorList(response.Body);
            var detail = errors.Count == 0 ? string.Empty : " Intercom said: " + string.Join("; ", errors.Select(e => e.ToString())) + ".";
            var notRetried = request.Safety == RequestSafety.Creating && RetryRules.IsTransient(response.StatusCode) && response.StatusCode != RetryRules.TooManyRequests
                ? " " + MayHaveBeenCreated
                : string.Empty;
            var message = $"{request.RouteOrPath} failed with {(int)response.StatusCode} {response.StatusCode}{AfterAttempts(response.Attempts)}.{detail}" +
                          $"{RequestIdSentence(response.RequestId)}{notRetried} {AdviceFor(response.StatusCode)}";
            return new IntercomApiException(message.TrimEnd(), response.StatusCode, request.RouteOrPath, response.RequestId, errors, response.Attempts);
        }

        /// <summary>
        /// A redirect is never followed (it would carry the token and any body to wherever it points); the API has no
        /// reason to redirect, so it is named as an error.
        /// </summary>
        private IntercomApiException FromRedirect(ApiRequest request, ApiResponse response)
        {
            var where = response.Location == null ? "without a Location" : $"to {_redactor.Redact(response.Location.AbsoluteUri)}";
            var message = $"{request.RouteOrPath} was redirected ({(int)response.StatusCode} {response.StatusCode}) {where}. Redirects are not followed, " +
                          $"so neither the access token nor the request body was sent there.{RequestIdSentence(response.RequestId)} " +
                          $"Check the connection's base URI or region ({_names[ClientSetting.BaseUri]}), or a proxy that rewrites requests.";
            return new IntercomApiException(message, response.StatusCode, request.RouteOrPath, response.RequestId, Array.Empty<IntercomError>(), response.Attempts);
        }

        private IntercomApiException FromMalformedBody(ApiRequest request, MalformedBodyException malformed)
        {
            var response = malformed.Response;
            var consequence = request.Safety == RequestSafety.Creating
                ? " " + MayHaveBeenCreated
                : $" Intercom or a proxy sent an incomplete or damaged answer; retry later, and raise {_names[ClientSetting.MaxRetries]} if it persists.";
            var message = $"{request.RouteOrPath} answered {(int)response.StatusCode} with a body that could not be read " +
                          $"({response.BodyLength} bytes: {malformed.Reason.TrimEnd('.')}){AfterAttempts(response.Attempts)}.{RequestIdSentence(response.RequestId)}{consequence}";
            return new IntercomApiException(message, response.StatusCode, request.RouteOrPath, response.RequestId, Array.Empty<IntercomError>(), response.Attempts);
        }

        private static IntercomApiException FromNoResponse(SendOperation operation, string what, bool neverReachedServer, Exception cause, string advice,
            string outcome = "got no response")
        {
            var request = operation.Request;
            var notRetried = request.Safety == RequestSafety.Creating && !neverReachedServer ? " " + MayHaveBeenCreated : string.Empty;
            var message = $"{request.RouteOrPath} {outcome}{AfterAttempts(operation.Attempts)}: {what.TrimEnd('.')}.{notRetried} {advice}";
            return new IntercomApiException(message, null, request.RouteOrPath, null, Array.Empty<IntercomError>(), operation.Attempts, cause);
        }

        private static string AfterAttempts(int attempts) => attempts > 1 ? $" (after {attempts} attempts)" : string.Empty;

        private static string RequestIdSentence(string? requestId) => requestId == null ? string.Empty : $" Request id: {requestId}.";

        internal string AdviceFor(HttpStatusCode status)
        {
            switch ((int)status)
            {
                case 400: return "Check the parameters or the query; the request was not accepted as sent.";
                case 401: return $"The access token was rejected: connect again with a valid token ({_names[ClientSetting.AccessToken]}).";
                case 403: return "The token lacks the permission (scope) this call needs: grant it in the Intercom developer hub.";
                case 404: return "Nothing with that id exists in this workspace (check the id and the region).";
                case 408: return "Intercom timed out waiting for the request; retry later.";
                case 409: return "The object was changed concurrently or already exists; fetch it again and retry.";
                case 422: return "Intercom could not process the values sent; check the fields named above.";
                case 429: return $"The rate limit was still exceeded after waiting: lower {_names[ClientSetting.Concurrency]} or {_names[ClientSetting.MaxRequestsPerMinute]}, or retry later.";
                default:
                    return (int)status >= 500
                        ? "Intercom had a server error; retry later, and quote the request id to Intercom support if it persists."
                        : string.Empty;
            }
        }

        internal IReadOnlyList<IntercomError> ParseErrorList(byte[] body)
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

        private string? StringOf(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? _redactor.Redact(value.ToString()) : null;
    }
}
