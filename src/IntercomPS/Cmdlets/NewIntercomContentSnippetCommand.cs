namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a content snippet; its fields bind by property name, so objects read from another workspace can be piped in.</summary>
    [Cmdlet(VerbsCommon.New, "IntercomContentSnippet", HelpUri = HelpUris.Cmdlets + "New-IntercomContentSnippet.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(ContentSnippet))]
    public sealed class NewIntercomContentSnippetCommand : ContentChangeCmdlet<ContentSnippet>
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? BodyMarkdown { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Locale { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.ContentSnippets;
    }
}
