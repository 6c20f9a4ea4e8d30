namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a content import source, to which external pages are then written through the API.</summary>
    public sealed partial class NewIntercomContentImportSourceCommand : ContentImportSourceFieldsCmdlet
    {
        internal override ApiOperation Operation => IntercomResources.ContentImportSources.Create!;

        protected override string Action => "Create content import source " + Url;

        /// <summary>A source made through the API is synced through the API: the only behaviour Intercom accepts here.</summary>
        protected override IDictionary<string, object?> ExtraBody => new Dictionary<string, object?> { ["sync_behavior"] = "api" };
    }
}
