using IntercomPS.Engine.Transport;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Downloads the file (gzipped CSV) of completed content data export jobs. -Path is a file, or a directory in
    /// which each job is saved as &lt;JobIdentifier&gt;.csv.gz.
    /// </summary>
    [IdParameter("Id", Name = "JobIdentifier")]
    public sealed partial class SaveIntercomDataExportCommand : DownloadCmdlet
    {
        internal override ApiOperation Operation => IntercomResources.DataExports.Action("download");

        protected override string FileExtension => ".csv.gz";

        protected override string Action => "Download data export";
    }
}
