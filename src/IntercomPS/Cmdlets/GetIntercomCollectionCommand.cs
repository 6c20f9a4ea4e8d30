namespace IntercomPS.Cmdlets
{
    /// <summary>Gets collections, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomCollection", HelpUri = HelpUris.Cmdlets + "Get-IntercomCollection.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Collection))]
    [IdParameter("CollectionId")]
    public sealed partial class GetIntercomCollectionCommand : GetObjectCmdlet<Collection>
    {
        internal override ResourceDescriptor<Collection> Resource => IntercomResources.Collections;
    }
}
