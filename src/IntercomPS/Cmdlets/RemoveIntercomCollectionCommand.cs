namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes collections. ConfirmImpact High: a deleted collection cannot be brought back.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomCollection", HelpUri = HelpUris.Cmdlets + "Remove-IntercomCollection.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomCollectionCommand : ObjectChangeCmdlet<Collection>
    {
        /// <summary>Bound from piped objects by CollectionId only (not Id), so piping another kind of object deletes nothing.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string CollectionId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.Collections;

        internal override ApiOperation Operation => IntercomResources.Collections.Delete!;

        protected override string AddressedId => CollectionId;
    }
}
