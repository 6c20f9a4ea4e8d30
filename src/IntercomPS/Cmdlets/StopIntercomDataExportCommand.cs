namespace IntercomPS.Cmdlets
{
    /// <summary>Cancels content data export jobs that have not finished. Piped jobs bind by their JobIdentifier.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "IntercomDataExport", HelpUri = HelpUris.Cmdlets + "Stop-IntercomDataExport.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(DataExport))]
    public sealed class StopIntercomDataExportCommand : SetObjectCmdlet<DataExport>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string JobIdentifier { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.DataExports;

        internal override ApiOperation Operation => IntercomResources.DataExports.Action("cancel");

        protected override string Action => "Cancel the export job";

        protected override string AddressedId => JobIdentifier;

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "data export " + JobIdentifier;
    }
}
