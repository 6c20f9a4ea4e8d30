using System.IO;
using IntercomPS.Engine.Diagnostics;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Writes the run report: one self-contained HTML page (inline SVG charts, nothing fetched from anywhere) with
    /// requests per 10-second window against rate-limit headroom, latency percentiles per route, errors and retries by
    /// cause, and a summary table, from the live connection or from a request log.
    /// </summary>
    [CmdletOptions(ConfirmImpact.Low, DefaultParameterSetName = ConnectionSet)]
    [OutputType(typeof(FileInfo))]
    public sealed partial class ExportIntercomApiReportCommand : RequestSummaryCmdlet
    {
        /// <summary>The HTML file to write; replaced if it exists.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("FilePath")]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        internal override void Use(RequestSummary summary)
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
