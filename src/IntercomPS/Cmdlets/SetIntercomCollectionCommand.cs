namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each collection; the fields not given stay as they are.</summary>
    [IdParameter("CollectionId", ValueFromPipeline = false)]
    [OptionalParametersOf(typeof(NewIntercomCollectionCommand))]
    public sealed partial class SetIntercomCollectionCommand : SetObjectCmdlet<Collection>
    {
        internal override ResourceDescriptor Resource => IntercomResources.Collections;
    }
}
