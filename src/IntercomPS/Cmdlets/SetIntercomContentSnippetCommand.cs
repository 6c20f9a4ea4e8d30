namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each content snippet; the fields not given stay as they are.</summary>
    [IdParameter("ContentSnippetId", ValueFromPipeline = false)]
    [PassThruParameter]
    [OptionalParametersOf(typeof(NewIntercomContentSnippetCommand))]
    public sealed partial class SetIntercomContentSnippetCommand : ContentChangeCmdlet<ContentSnippet>
    {
        internal override ResourceDescriptor Resource => IntercomResources.ContentSnippets;
    }
}
