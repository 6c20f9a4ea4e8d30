using System.IO;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Downloads the file (gzipped CSV) of completed content data export jobs. -Path is a file, or a directory in
    /// which each job is saved as &lt;JobIdentifier&gt;.csv.gz. Written crash-safe: a temporary file beside the
    /// target, renamed over it once complete. Writes the file. A job that fails is a non-terminating error and the
    /// others continue.
    /// </summary>
    [Cmdlet(VerbsData.Save, "IntercomDataExport", HelpUri = HelpUris.Cmdlets + "Save-IntercomDataExport.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveIntercomDataExportCommand : IntercomConnectedCmdlet
    {
        /// <summary>The job's identifier; piped jobs bind by their JobIdentifier.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string JobIdentifier { get; set; } = string.Empty;

        /// <summary>The file to write, or an existing directory to write &lt;JobIdentifier&gt;.csv.gz into.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>Replaces a file already at the path (otherwise it is an error).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var target = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
            if (Directory.Exists(target)) target = System.IO.Path.Combine(target, JobIdentifier + ".csv.gz");
            if (File.Exists(target) && !Force.IsPresent)
            {
                var message = $"'{target}' exists: add -Force to replace it, or give another -Path.";
                WriteError(ErrorRecords.Create(new IOException(message), "FileExists", ErrorCategory.ResourceExists, target, message));
                return;
            }
            if (!ShouldProcess(target, "Download data export " + JobIdentifier)) return;
            var operation = IntercomResources.DataExports.Action("download");
            var values = PathValues.Of(IntercomResources.DataExports.IdParameter, JobIdentifier);
            var client = ActiveConnection.Resources;
            try
            {
                RunEngineWork(token => client.DownloadAsync(operation, values, target, token));
            }
            catch (PipelineStoppedException)
            {
                throw;
            }
            catch (Exception failure) when (HandlesFailure(failure))
            {
                WriteError(ErrorRecords.FromException(failure, "DownloadFailed", JobIdentifier));
                return;
            }
            WriteObject(new FileInfo(target));
        }

        // A job's failure (not ready, expired, redirected, disk full) is its own; the other jobs continue.
        internal override bool HandlesFailure(Exception exception) =>
            exception is IntercomApiException || exception is IOException || exception is UnauthorizedAccessException;
    }
}
