namespace IntercomPS.Cmdlets
{
    /// <summary>Gets collections, all of them (page by page) or by id.</summary>
    [IdParameter("CollectionId")]
    public sealed partial class GetIntercomCollectionCommand : GetObjectCmdlet<Collection>
    {
        internal override ResourceDescriptor<Collection> Resource => IntercomResources.Collections;
    }
}
