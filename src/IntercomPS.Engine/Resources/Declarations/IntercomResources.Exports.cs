using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        /// <summary>
        /// Content data export jobs: started for a creation date range (unix seconds, both required), read for their
        /// status, cancelled, and their gzipped CSV downloaded once completed. A job is named by its job_identifier.
        /// </summary>
        public static readonly ResourceDescriptor<DataExport> DataExports = new ResourceDescriptor<DataExport>("DataExport", "job_identifier", job => job.JobIdentifier)
            .Creates("export/content/data", false, "created_at_after", "created_at_before")
            .Gets("export/content/data/{job_identifier}")
            .Acts("cancel", "POST", "export/cancel/{job_identifier}", true)
            .Acts("download", "GET", "download/content/data/{job_identifier}")
            .Shows(new[] { "JobIdentifier=Job:20", "Status:12", "DownloadExpiresAt=Expires:24", "DownloadUrl" });
    }
}
