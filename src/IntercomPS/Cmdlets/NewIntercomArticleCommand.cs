namespace IntercomPS.Cmdlets
{
    /// <summary>Creates an article; its fields bind by property name, so objects read from another workspace can be piped in.</summary>
    [FieldParameters(RequestBodies.CreateArticle, IntercomResources.ArticleFields, Unbound = "body_markdown")]
    public sealed partial class NewIntercomArticleCommand : ContentChangeCmdlet<Article>
    {
        [Parameter()]
        [ValidateSet("collection")]
        public string? ParentType { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Articles;
    }
}
