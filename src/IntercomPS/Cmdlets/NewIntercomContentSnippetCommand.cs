namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a content snippet; its fields bind by property name, so objects read from another workspace can be piped in.</summary>
    public sealed partial class NewIntercomContentSnippetCommand : ContentChangeCmdlet<ContentSnippet>
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
