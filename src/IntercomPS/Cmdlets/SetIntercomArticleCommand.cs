namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each article; the fields not given stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomArticle", HelpUri = HelpUris.Cmdlets + "Set-IntercomArticle.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Article))]
    public sealed class SetIntercomArticleCommand : ContentChangeCmdlet<Article>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ArticleId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Body { get; set; }

        [Parameter()]
        public string? BodyMarkdown { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? AuthorId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("published", "draft")]
        public string? State { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? ParentId { get; set; }

        [Parameter()]
        [ValidateSet("collection")]
        public string? ParentType { get; set; }

        /// <summary>Writes the changed article.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        internal override ResourceDescriptor Resource => IntercomResources.Articles;

        internal override ApiOperation Operation => IntercomResources.Articles.Update!;

        protected override string TargetId => Id;
    }
}
