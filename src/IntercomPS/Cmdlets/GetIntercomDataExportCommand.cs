namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the status of content data export jobs (pending, in_progress, completed, no_data, failed, canceled).</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomDataExport", HelpUri = HelpUris.Cmdlets + "Get-IntercomDataExport.md", DefaultParameterSetName = IdSet)]
    [OutputType(typeof(DataExport))]
    public sealed class GetIntercomDataExportCommand : GetObjectCmdlet<DataExport>
    {
        /// <summary>The job's identifier; piped jobs (Start-IntercomDataExport's output) bind by their JobIdentifier.</summary>
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string[] JobIdentifier { get; set; } = new string[0];

        protected override string[] Ids => JobIdentifier;

        internal override ResourceDescriptor<DataExport> Resource => IntercomResources.DataExports;
    }
}
