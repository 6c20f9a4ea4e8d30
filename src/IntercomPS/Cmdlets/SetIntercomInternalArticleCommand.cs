namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each internal article; the fields not given stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomInternalArticle", HelpUri = HelpUris.Cmdlets + "Set-IntercomInternalArticle.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(InternalArticle))]
    public sealed class SetIntercomInternalArticleCommand : ContentChangeCmdlet<InternalArticle>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("InternalArticleId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Body { get; set; }

        [Parameter()]
        public string? BodyMarkdown { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? AuthorId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? OwnerId { get; set; }

        /// <summary>Writes the changed internal article.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        internal override ResourceDescriptor Resource => IntercomResources.InternalArticles;

        internal override ApiOperation Operation => IntercomResources.InternalArticles.Update!;

        protected override string AddressedId => Id;
    }
}
