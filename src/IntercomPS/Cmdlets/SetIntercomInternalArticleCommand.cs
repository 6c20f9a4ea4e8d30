namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each internal article; the fields not given stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomInternalArticle", HelpUri = HelpUris.Cmdlets + "Set-IntercomInternalArticle.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(InternalArticle))]
    [IdParameter("InternalArticleId", ValueFromPipeline = false)]
    [PassThruParameter]
    public sealed partial class SetIntercomInternalArticleCommand : ContentChangeCmdlet<InternalArticle>
    {
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

        internal override ResourceDescriptor Resource => IntercomResources.InternalArticles;
    }
}
