using System.IO;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Downloads the transcripts of calls as text files. -Path is a file, or a directory in which each call's
    /// transcript is saved as &lt;CallId&gt;.txt.
    /// </summary>
    [OutputType(typeof(FileInfo))]
    public sealed partial class SaveIntercomCallTranscriptCommand : DownloadCmdlet
    {
        /// <summary>The call's id; piped calls (Get-IntercomCall's output) bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string CallId { get; set; } = string.Empty;

        protected override string ItemId => CallId;

        internal override ApiOperation Operation => IntercomResources.Calls.Action("transcript");

        protected override string FileExtension => ".txt";

        protected override string Action => "Download the transcript of call";

        protected override string Accept => "text/plain";
    }
}
