namespace IntercomPS.Cmdlets
{
    /// <summary>Creates an internal article; its fields bind by property name, so objects read from another workspace can be piped in.</summary>
    public sealed partial class NewIntercomInternalArticleCommand : ContentChangeCmdlet<InternalArticle>
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Body { get; set; }

        [Parameter()]
        public string? BodyMarkdown { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public long? AuthorId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public long? OwnerId { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.InternalArticles;
    }
}
