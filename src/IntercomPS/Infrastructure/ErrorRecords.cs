using System;
using System.Management.Automation;
using System.Net;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Infrastructure
{
    /// <summary>Maps engine failures to PowerShell error records with a fitting category and a stable error id.</summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord FromException(Exception exception, string errorId, object? target)
        {
            if (exception is IntercomApiException api)
            {
                return new ErrorRecord(api, errorId + "." + IdSuffixOf(api), CategoryOf(api), target);
            }
            if (exception is WindowFailedException window && window.InnerException is IntercomApiException cause)
            {
                return new ErrorRecord(window, errorId + "." + IdSuffixOf(cause), CategoryOf(cause), target);
            }
            if (exception is ArgumentException)
            {
                return new ErrorRecord(exception, errorId + ".InvalidArgument", ErrorCategory.InvalidArgument, target);
            }
            return new ErrorRecord(exception, errorId, ErrorCategory.NotSpecified, target);
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
