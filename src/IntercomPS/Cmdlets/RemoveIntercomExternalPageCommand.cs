namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes external pages. ConfirmImpact High: the AI agent stops answering from them at once.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomExternalPage", HelpUri = HelpUris.Cmdlets + "Remove-IntercomExternalPage.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomExternalPageCommand : ObjectChangeCmdlet<ExternalPage>
    {
        /// <summary>Bound from piped objects by ExternalPageId only (not Id), so piping another kind of object deletes nothing.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ExternalPageId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.ExternalPages;

        internal override ApiOperation Operation => IntercomResources.ExternalPages.Delete!;

        protected override string AddressedId => ExternalPageId;
    }
}
