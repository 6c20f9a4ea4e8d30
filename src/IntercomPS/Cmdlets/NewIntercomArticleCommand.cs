namespace IntercomPS.Cmdlets
{
    /// <summary>Creates an article; its fields bind by property name, so objects read from another workspace can be piped in.</summary>
    public sealed partial class NewIntercomArticleCommand : ContentChangeCmdlet<Article>
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Body { get; set; }

        [Parameter()]
        public string? BodyMarkdown { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public long? AuthorId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("published", "draft")]
        public string? State { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? ParentId { get; set; }

        [Parameter()]
        [ValidateSet("collection")]
        public string? ParentType { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Articles;
    }
}
