namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a collection; its fields bind by property name, so objects read from another workspace can be piped in.</summary>
    public sealed partial class NewIntercomCollectionCommand : ObjectChangeCmdlet<Collection>
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
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
