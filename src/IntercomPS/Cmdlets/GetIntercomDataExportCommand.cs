namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the status of content data export jobs (pending, in_progress, completed, no_data, failed, canceled).</summary>
    [CmdletOptions(DefaultParameterSetName = IdSet, SupportsPaging = false)]
    // -JobIdentifier: The job's identifier; piped jobs (Start-IntercomDataExport's output) bind by their JobIdentifier.
    [IdParameter("Id", Name = "JobIdentifier")]
    public sealed partial class GetIntercomDataExportCommand : GetObjectCmdlet<DataExport>
    {
        internal override ResourceDescriptor<DataExport> Resource => IntercomResources.DataExports;
    }
}
