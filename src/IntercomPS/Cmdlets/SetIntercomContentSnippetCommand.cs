namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each content snippet; the fields not given stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomContentSnippet", HelpUri = HelpUris.Cmdlets + "Set-IntercomContentSnippet.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ContentSnippet))]
    [IdParameter("ContentSnippetId", ValueFromPipeline = false)]
    [PassThruParameter]
    [OptionalParametersOf(typeof(NewIntercomContentSnippetCommand))]
    public sealed partial class SetIntercomContentSnippetCommand : ContentChangeCmdlet<ContentSnippet>
    {
        internal override ResourceDescriptor Resource => IntercomResources.ContentSnippets;
    }
}
