namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Downloads the transcripts of calls as text files. -Path is a file, or a directory in which each call's
    /// transcript is saved as &lt;CallId&gt;.txt.
    /// </summary>
    [IdParameter("Id", Name = "CallId")]
    public sealed partial class SaveIntercomCallTranscriptCommand : DownloadCmdlet
    {
        internal override ApiOperation Operation => IntercomResources.Calls.Action("transcript");

        protected override string FileExtension => ".txt";

        protected override string Action => "Download the transcript of call";

        protected override string Accept => "text/plain";
    }
}
