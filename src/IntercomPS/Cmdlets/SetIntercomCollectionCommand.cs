namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each collection; the fields not given stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomCollection", HelpUri = HelpUris.Cmdlets + "Set-IntercomCollection.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Collection))]
    [IdParameter("CollectionId", ValueFromPipeline = false)]
    public sealed partial class SetIntercomCollectionCommand : SetObjectCmdlet<Collection>
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? ParentId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? HelpCenterId { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Collections;
    }
}
