namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes content snippets. ConfirmImpact High: a deleted content snippet cannot be brought back.</summary>
    [OutputType(typeof(void))]
    // -ContentSnippetId: Bound from piped objects by ContentSnippetId only (not Id), so piping another kind of object deletes nothing.
    [IdParameter(Name = "ContentSnippetId", ValueFromPipeline = false)]
    public sealed partial class RemoveIntercomContentSnippetCommand : ObjectChangeCmdlet<ContentSnippet>
    {
        internal override ResourceDescriptor Resource => IntercomResources.ContentSnippets;
    }
}
