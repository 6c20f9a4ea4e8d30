using System.IO;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Downloads the file (gzipped CSV) of completed content data export jobs. -Path is a file, or a directory in
    /// which each job is saved as &lt;JobIdentifier&gt;.csv.gz.
    /// </summary>
    [OutputType(typeof(FileInfo))]
    public sealed partial class SaveIntercomDataExportCommand : DownloadCmdlet
    {
        /// <summary>The job's identifier; piped jobs bind by their JobIdentifier.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string JobIdentifier { get; set; } = string.Empty;

        protected override string ItemId => JobIdentifier;

        internal override ApiOperation Operation => IntercomResources.DataExports.Action("download");

        protected override string FileExtension => ".csv.gz";

        protected override string Action => "Download data export";
    }
}
