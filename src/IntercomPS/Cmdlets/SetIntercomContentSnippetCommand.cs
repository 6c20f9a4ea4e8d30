namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each content snippet; the fields not given stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomContentSnippet", HelpUri = HelpUris.Cmdlets + "Set-IntercomContentSnippet.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ContentSnippet))]
    public sealed class SetIntercomContentSnippetCommand : ContentChangeCmdlet<ContentSnippet>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContentSnippetId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? BodyMarkdown { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Locale { get; set; }

        /// <summary>Writes the changed content snippet.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        internal override ResourceDescriptor Resource => IntercomResources.ContentSnippets;

        internal override ApiOperation Operation => IntercomResources.ContentSnippets.Update!;

        protected override string AddressedId => Id;
    }
}
