namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes collections. ConfirmImpact High: a deleted collection cannot be brought back.</summary>
    [OutputType(typeof(void))]
    // -CollectionId: Bound from piped objects by CollectionId only (not Id), so piping another kind of object deletes nothing.
    [IdParameter(Name = "CollectionId", ValueFromPipeline = false)]
    public sealed partial class RemoveIntercomCollectionCommand : ObjectChangeCmdlet<Collection>
    {
        internal override ResourceDescriptor Resource => IntercomResources.Collections;
    }
}
