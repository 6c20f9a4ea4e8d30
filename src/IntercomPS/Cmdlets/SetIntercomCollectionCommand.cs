namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each collection; the fields not given stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomCollection", HelpUri = HelpUris.Cmdlets + "Set-IntercomCollection.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Collection))]
    [IdParameter("CollectionId", ValueFromPipeline = false)]
    [OptionalParametersOf(typeof(NewIntercomCollectionCommand))]
    public sealed partial class SetIntercomCollectionCommand : SetObjectCmdlet<Collection>
    {
        internal override ResourceDescriptor Resource => IntercomResources.Collections;
    }
}
