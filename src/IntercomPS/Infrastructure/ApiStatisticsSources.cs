using System.IO;
using System.Management.Automation;
using IntercomPS.Engine.Diagnostics;

namespace IntercomPS.Infrastructure
{
    /// <summary>Where the statistics cmdlets get a <see cref="RequestSummary"/> from, with the errors said once.</summary>
    internal static class ApiStatisticsSources
    {
        /// <summary>The log's summary, or null after a non-terminating error naming the file.</summary>
        public static RequestSummary? ReadLog(PSCmdlet cmdlet, string requestLogPath)
        {
            var path = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(requestLogPath);
            try
            {
                var summary = RequestLog.Summarize(path);
                if (summary.SkippedLines > 0)
                {
                    cmdlet.WriteWarning($"{summary.SkippedLines} line(s) of '{path}' are not complete request records and were skipped (a line still being written, or one cut short by a full disk).");
                }
                return summary;
            }
            catch (FileNotFoundException ex)
            {
                cmdlet.WriteError(new ErrorRecord(ex, "RequestLogNotFound", ErrorCategory.ObjectNotFound, path));
            }
            catch (System.Exception ex) when (ex is IOException || ex is System.UnauthorizedAccessException)
            {
                cmdlet.WriteError(new ErrorRecord(new IOException($"Could not read the request log '{path}': {ex.Message}", ex), "RequestLogUnreadable", ErrorCategory.ReadError, path));
            }
            return null;
        }

        public static void WarnAboutLogFailures(PSCmdlet cmdlet, Engine.Connection.IntercomConnection connection)
        {
            var log = connection.Client.RequestLog;
            if (log != null && log.WriteFailures > 0)
            {
                cmdlet.WriteWarning($"{log.WriteFailures} request(s) could not be written to the request log '{log.Path}': {log.LastWriteError}");
            }
        }
    }
}
