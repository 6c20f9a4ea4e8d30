namespace IntercomPS.Cmdlets
{
    /// <summary>Cancels content data export jobs that have not finished. Piped jobs bind by their JobIdentifier.</summary>
    [IdParameter("Id", Name = "JobIdentifier")]
    public sealed partial class StopIntercomDataExportCommand : SetObjectCmdlet<DataExport>
    {
        internal override ResourceDescriptor Resource => IntercomResources.DataExports;

        internal override ApiOperation Operation => IntercomResources.DataExports.Action("cancel");

        protected override string Action => "Cancel the export job";

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "data export " + JobIdentifier;
    }
}
