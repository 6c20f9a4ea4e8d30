namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a collection; its fields bind by property name, so objects read from another workspace can be piped in.</summary>
    [FieldParameters(RequestBodies.CreateCollection, IntercomResources.CollectionFields)]
    public sealed partial class NewIntercomCollectionCommand : ObjectChangeCmdlet<Collection>
    {
        internal override ResourceDescriptor Resource => IntercomResources.Collections;
    }
}
