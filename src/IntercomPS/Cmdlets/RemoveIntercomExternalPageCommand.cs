namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes external pages. ConfirmImpact High: the AI agent stops answering from them at once.</summary>
    [OutputType(typeof(void))]
    // -ExternalPageId: Bound from piped objects by ExternalPageId only (not Id), so piping another kind of object deletes nothing.
    [IdParameter(Name = "ExternalPageId", ValueFromPipeline = false)]
    public sealed partial class RemoveIntercomExternalPageCommand : ObjectChangeCmdlet<ExternalPage>
    {
        internal override ResourceDescriptor Resource => IntercomResources.ExternalPages;
    }
}
