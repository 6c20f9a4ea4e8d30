namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes content import sources. ConfirmImpact High: the AI agent stops answering from their pages.</summary>
    [OutputType(typeof(void))]
    // -ContentImportSourceId: Bound from piped objects by ContentImportSourceId only, so piping an external page (SourceId) deletes nothing.
    [IdParameter(Name = "ContentImportSourceId", ValueFromPipeline = false)]
    public sealed partial class RemoveIntercomContentImportSourceCommand : ObjectChangeCmdlet<ContentImportSource>
    {
        internal override ResourceDescriptor Resource => IntercomResources.ContentImportSources;
    }
}
