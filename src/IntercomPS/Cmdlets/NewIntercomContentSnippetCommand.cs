namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a content snippet; its fields bind by property name, so objects read from another workspace can be piped in.</summary>
    [FieldParameters(RequestBodies.CreateContentSnippet, IntercomResources.ContentSnippetFields)]
    public sealed partial class NewIntercomContentSnippetCommand : ContentChangeCmdlet<ContentSnippet>
    {
        internal override ResourceDescriptor Resource => IntercomResources.ContentSnippets;
    }
}
