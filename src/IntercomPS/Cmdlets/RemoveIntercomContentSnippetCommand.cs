namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes content snippets. ConfirmImpact High: a deleted content snippet cannot be brought back.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomContentSnippet", HelpUri = HelpUris.Cmdlets + "Remove-IntercomContentSnippet.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomContentSnippetCommand : ObjectChangeCmdlet<ContentSnippet>
    {
        /// <summary>Bound from piped objects by ContentSnippetId only (not Id), so piping another kind of object deletes nothing.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ContentSnippetId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.ContentSnippets;

        internal override ApiOperation Operation => IntercomResources.ContentSnippets.Delete!;

        protected override string AddressedId => ContentSnippetId;
    }
}
