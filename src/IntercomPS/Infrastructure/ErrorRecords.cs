using System.Net;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Every error record the module writes is made here: a fitting category, a stable error id, the target (the id,
    /// query or range concerned) and a RecommendedAction that says what to do next.
    /// </summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord FromException(Exception exception, string errorId, object? target)
        {
            if (exception is IntercomApiException api)
            {
                return Create(api, errorId + "." + IdSuffixOf(api), CategoryOf(api), target);
            }
            if (exception is WindowFailedException window && window.InnerException is IntercomApiException cause)
            {
                return Create(window, errorId + "." + IdSuffixOf(cause), CategoryOf(cause), target);
            }
            if (exception is System.Collections.Generic.KeyNotFoundException)
            {
                return Create(exception, errorId + ".NotFound", ErrorCategory.ObjectNotFound, target);
            }
            if (exception is ArgumentException)
            {
                return Create(exception, errorId + ".InvalidArgument", ErrorCategory.InvalidArgument, target);
            }
            if (exception is System.IO.IOException || exception is UnauthorizedAccessException)
            {
                return Create(exception, errorId + ".File", ErrorCategory.WriteError, target);
            }
            return Create(exception, errorId, ErrorCategory.NotSpecified, target);
        }

        /// <summary>An error record with its RecommendedAction (<paramref name="recommendedAction"/>, or the category's).</summary>
        public static ErrorRecord Create(Exception exception, string errorId, ErrorCategory category, object? target, string? recommendedAction = null)
        {
            var record = new ErrorRecord(exception, errorId, category, target);
            record.ErrorDetails = new ErrorDetails(exception.Message)
            {
                RecommendedAction = recommendedAction ?? RecommendedActionFor(exception, category),
            };
            return record;
        }

        private static string RecommendedActionFor(Exception exception, ErrorCategory category)
        {
            if (exception is WindowFailedException)
            {
                return "The other windows were read. Run the command again for this window's range only (the error's TargetObject), or lower -ThrottleLimit if Intercom was overloaded.";
            }
            switch (category)
            {
                case ErrorCategory.ObjectNotFound:
                    return "Check the id (the error's TargetObject): the object may have been deleted, merged, or belong to another workspace.";
                case ErrorCategory.AuthenticationError:
                    return "Run Connect-Intercom again with a valid access token (tokens are revoked when the app is uninstalled or the token regenerated).";
                case ErrorCategory.PermissionDenied:
                    return "Give the access token's app the permission this operation needs in Intercom's Developer Hub, then run Connect-Intercom again.";
                case ErrorCategory.InvalidArgument:
                case ErrorCategory.InvalidData:
                    return "Correct the parameters as the message says, then run the command again (Get-Help <command> -Full describes each parameter).";
                case ErrorCategory.LimitsExceeded:
                    return "Intercom's rate limit held through every retry: run the command again later, or with a lower -ThrottleLimit.";
                case ErrorCategory.ResourceExists:
                    return "The object already exists or changed meanwhile: read it again (Get-Intercom*) and decide from its current state.";
                case ErrorCategory.ConnectionError:
                case ErrorCategory.ResourceUnavailable:
                    return "Intercom could not be reached or failed after the retries: check the network and https://www.intercomstatus.com, then run the command again.";
                case ErrorCategory.WriteError:
                    return "Check that the path exists, is writable and is not used by another process, then run the command again.";
                default:
                    return "Run the command again with -Verbose to see each request; if it keeps failing, report the error's message and ErrorId.";
            }
        }

        private static ErrorCategory CategoryOf(IntercomApiException exception)
        {
            if (exception.StatusCode == null) return ErrorCategory.ConnectionError;
            switch (exception.StatusCode.Value)
            {
                case HttpStatusCode.NotFound: return ErrorCategory.ObjectNotFound;
                case HttpStatusCode.Unauthorized: return ErrorCategory.AuthenticationError;
                case HttpStatusCode.Forbidden: return ErrorCategory.PermissionDenied;
                case HttpStatusCode.BadRequest: return ErrorCategory.InvalidArgument;
                case HttpStatusCode.Conflict: return ErrorCategory.ResourceExists;
                case (HttpStatusCode)422: return ErrorCategory.InvalidData;
                case (HttpStatusCode)429: return ErrorCategory.LimitsExceeded;
                default: return (int)exception.StatusCode.Value >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.NotSpecified;
            }
        }

        private static string IdSuffixOf(IntercomApiException exception) =>
            exception.StatusCode == null ? "NoResponse" : ((int)exception.StatusCode.Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
