namespace IntercomPS.Cmdlets
{
    /// <summary>Gets content snippets, all of them (page by page) or by id.</summary>
    [IdParameter("ContentSnippetId")]
    public sealed partial class GetIntercomContentSnippetCommand : GetObjectCmdlet<ContentSnippet>
    {
        internal override ResourceDescriptor<ContentSnippet> Resource => IntercomResources.ContentSnippets;
    }
}
