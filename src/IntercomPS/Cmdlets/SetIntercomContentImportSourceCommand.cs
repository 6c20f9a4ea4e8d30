namespace IntercomPS.Cmdlets
{
    /// <summary>Replaces content import sources (PUT): pipe the source in, so that the fields not given are sent as they are.</summary>
    [PassThruParameter]
    // -ContentImportSourceId: Bound from piped objects by ContentImportSourceId only: an external page's SourceId must not pick the source to change.
    [IdParameter(Name = "ContentImportSourceId", ValueFromPipeline = false)]
    public sealed partial class SetIntercomContentImportSourceCommand : ContentImportSourceFieldsCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateSet("api", "automated", "manual")]
        public string? SyncBehavior { get; set; }

        /// <summary>Gives the content already imported the source's new audiences too.</summary>
        [Parameter]
        public SwitchParameter ApplyAudienceToExistingContent { get; set; }
    }
}
