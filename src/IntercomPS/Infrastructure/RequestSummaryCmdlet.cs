using System.IO;
using IntercomPS.Engine.Diagnostics;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that summarise requests (Get-IntercomApiStatistic, Export-IntercomApiReport): the live
    /// connection's, or a request log's with -RequestLogPath, which needs no connection.
    /// </summary>
    public abstract class RequestSummaryCmdlet : IntercomConnectedCmdlet
    {
        protected const string ConnectionSet = "Connection";
        protected const string LogSet = "RequestLog";

        /// <summary>Summarises a request log written with Connect-Intercom -RequestLogPath instead of the live connection.</summary>
        [Parameter(ParameterSetName = LogSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        [ValidateNotNullOrEmpty]
        public string? RequestLogPath { get; set; }

        /// <summary>What the cmdlet does with a summary (writes its rows, writes a report).</summary>
        internal abstract void Use(RequestSummary summary);

        protected override void BeginProcessing()
        {
            // The admin reading a scheduled task's log may not be connected at all.
            if (ParameterSetName == ConnectionSet) base.BeginProcessing();
        }

        // Per input object: piped log files each give their own summary.
        protected override void ProcessRecord()
        {
            if (RequestLogPath == null) return;
            var summary = ReadLog(RequestLogPath);
            if (summary != null) Use(summary);
        }

        protected override void EndProcessing()
        {
            if (ParameterSetName != ConnectionSet) return;
            var log = ActiveConnection.Client.RequestLog;
            if (log != null && log.WriteFailures > 0)
            {
                WriteWarning($"{log.WriteFailures} request(s) could not be written to the request log '{log.Path}': {log.LastWriteError}");
            }
            Use(ActiveConnection.Client.Statistics.Summarize());
        }

        /// <summary>The log's summary, or null after a non-terminating error naming the file.</summary>
        private RequestSummary? ReadLog(string requestLogPath)
        {
            var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(requestLogPath);
            try
            {
                var summary = RequestLog.Summarize(path);
                if (summary.SkippedLines > 0)
                {
                    WriteWarning($"{summary.SkippedLines} line(s) of '{path}' are not complete request records and were skipped (a line still being written, or one cut short by a full disk).");
                }
                return summary;
            }
            catch (FileNotFoundException ex)
            {
                WriteError(new ErrorRecord(new FileNotFoundException($"{ex.Message} Give the file passed to Connect-Intercom -RequestLogPath.", path, ex),
                    "RequestLogNotFound", ErrorCategory.ObjectNotFound, path));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(new ErrorRecord(new IOException($"Could not read the request log '{path}': {ex.Message}", ex), "RequestLogUnreadable", ErrorCategory.ReadError, path));
            }
            return null;
        }
    }
}
