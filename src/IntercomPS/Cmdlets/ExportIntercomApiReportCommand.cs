using System;
using System.IO;
using System.Management.Automation;
using IntercomPS.Engine.Diagnostics;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Writes the run report: one self-contained HTML page (inline SVG charts, nothing fetched from anywhere) with
    /// requests per 10-second window against rate-limit headroom, latency percentiles per route, errors and retries by
    /// cause, and a summary table, from the live connection or from a request log.
    /// </summary>
    [Cmdlet(VerbsData.Export, "IntercomApiReport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = ConnectionSet,
        HelpUri = HelpUris.Cmdlets + "Export-IntercomApiReport.md")]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportIntercomApiReportCommand : IntercomConnectedCmdlet
    {
        private const string ConnectionSet = "Connection";
        private const string LogSet = "RequestLog";

        /// <summary>The HTML file to write; replaced if it exists.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("FilePath")]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>Reports on a request log written with Connect-Intercom -RequestLogPath instead of the live connection.</summary>
        [Parameter(ParameterSetName = LogSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        [ValidateNotNullOrEmpty]
        public string? RequestLogPath { get; set; }

        protected override void BeginProcessing()
        {
            if (ParameterSetName == ConnectionSet) base.BeginProcessing();
        }

        protected override void ProcessRecord()
        {
            if (RequestLogPath == null) return;
            var summary = ApiStatisticsSources.ReadLog(this, RequestLogPath);
            if (summary != null) WriteReport(summary);
        }

        protected override void EndProcessing()
        {
            if (ParameterSetName != ConnectionSet) return;
            ApiStatisticsSources.WarnAboutLogFailures(this, ActiveConnection);
            WriteReport(ActiveConnection.Client.Statistics.Summarize());
        }

        private void WriteReport(RequestSummary summary)
        {
            var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
            if (!ShouldProcess(path, $"Write the API report of {summary.Total.Requests} request(s) from {summary.Source}")) return;
            try
            {
                ApiReport.Write(summary, path, DateTimeOffset.UtcNow);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(new ErrorRecord(new IOException($"Could not write the report '{path}': {ex.Message} Give -Path a file in a folder you can write to.", ex),
                    "ReportNotWritten", ErrorCategory.WriteError, path));
                return;
            }
            WriteObject(new FileInfo(path));
        }
    }
}
