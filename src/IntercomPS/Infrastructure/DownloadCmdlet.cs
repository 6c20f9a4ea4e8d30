using System.IO;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the Save-Intercom* cmdlets that download a file Intercom keeps for an object (a data export's
    /// CSV, a call's transcript): -Path is a file, or a directory in which each object is saved under its id and the
    /// file's extension; an existing file is replaced only with -Force. Written crash-safe by the engine (a temporary
    /// file beside the target, renamed over it once complete). Writes the file. An object that fails is a
    /// non-terminating error and the others continue. The file never goes down the pipeline as content.
    /// </summary>
    [CmdletOptions(OutputType = typeof(FileInfo))]
    public abstract class DownloadCmdlet : IntercomConnectedCmdlet
    {
        /// <summary>The file to write, or an existing directory to write &lt;id&gt;&lt;extension&gt; into.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>Replaces a file already at the path (otherwise it is an error).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>The id of this record's object (declared by each cmdlet, so it carries its own name and aliases).</summary>
        protected abstract string ItemId { get; }

        internal abstract ApiOperation Operation { get; }

        /// <summary>The extension of a file named after its object: <c>.csv.gz</c>.</summary>
        protected abstract string FileExtension { get; }

        /// <summary>What ShouldProcess says is downloaded: "Download data export".</summary>
        protected abstract string Action { get; }

        /// <summary>The media type asked for.</summary>
        protected virtual string Accept => "application/octet-stream";

        protected override void ProcessRecord()
        {
            var id = ItemId;
            var target = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
            if (Directory.Exists(target)) target = System.IO.Path.Combine(target, id + FileExtension);
            if (File.Exists(target) && !Force.IsPresent)
            {
                var message = $"'{target}' exists: add -Force to replace it, or give another -Path.";
                WriteError(ErrorRecords.Create(new IOException(message), "FileExists", ErrorCategory.ResourceExists, target, message));
                return;
            }
            if (!ShouldProcess(target, Action + " " + id)) return;
            var operation = Operation;
            var values = PathValues.Of(operation.PathParameters[0], id);
            var client = ActiveConnection.Resources;
            var accept = Accept;
            try
            {
                RunEngineWork(token => client.DownloadAsync(operation, values, target, token, accept));
            }
            catch (PipelineStoppedException)
            {
                throw;
            }
            catch (Exception failure) when (HandlesFailure(failure))
            {
                WriteError(ErrorRecords.FromException(failure, "DownloadFailed", id));
                return;
            }
            WriteObject(new FileInfo(target));
        }

        // One object's failure (not ready, expired, redirected, disk full) is its own; the others continue.
        internal override bool HandlesFailure(Exception exception) =>
            exception is IntercomApiException || exception is IOException || exception is UnauthorizedAccessException;
    }
}
