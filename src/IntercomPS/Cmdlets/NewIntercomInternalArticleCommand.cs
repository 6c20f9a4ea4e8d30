namespace IntercomPS.Cmdlets
{
    /// <summary>Creates an internal article; its fields bind by property name, so objects read from another workspace can be piped in.</summary>
    [FieldParameters(RequestBodies.CreateInternalArticle, IntercomResources.InternalArticleFields, Unbound = "body_markdown")]
    public sealed partial class NewIntercomInternalArticleCommand : ContentChangeCmdlet<InternalArticle>
    {
        internal override ResourceDescriptor Resource => IntercomResources.InternalArticles;
    }
}
