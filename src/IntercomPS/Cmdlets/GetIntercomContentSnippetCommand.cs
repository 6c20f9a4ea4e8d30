namespace IntercomPS.Cmdlets
{
    /// <summary>Gets content snippets, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContentSnippet", HelpUri = HelpUris.Cmdlets + "Get-IntercomContentSnippet.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ContentSnippet))]
    [IdParameter("ContentSnippetId")]
    public sealed partial class GetIntercomContentSnippetCommand : GetObjectCmdlet<ContentSnippet>
    {
        internal override ResourceDescriptor<ContentSnippet> Resource => IntercomResources.ContentSnippets;
    }
}
