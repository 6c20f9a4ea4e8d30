namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes content import sources. ConfirmImpact High: the AI agent stops answering from their pages.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomContentImportSource", HelpUri = HelpUris.Cmdlets + "Remove-IntercomContentImportSource.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomContentImportSourceCommand : ObjectChangeCmdlet<ContentImportSource>
    {
        /// <summary>Bound from piped objects by ContentImportSourceId only, so piping an external page (SourceId) deletes nothing.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ContentImportSourceId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.ContentImportSources;

        internal override ApiOperation Operation => IntercomResources.ContentImportSources.Delete!;

        protected override string AddressedId => ContentImportSourceId;
    }
}
