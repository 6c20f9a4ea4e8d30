namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the content import sources (websites the AI agent's external pages come from), all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContentImportSource", HelpUri = HelpUris.Cmdlets + "Get-IntercomContentImportSource.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ContentImportSource))]
    [IdParameter("ContentImportSourceId")]
    public sealed partial class GetIntercomContentImportSourceCommand : GetObjectCmdlet<ContentImportSource>
    {
        internal override ResourceDescriptor<ContentImportSource> Resource => IntercomResources.ContentImportSources;
    }
}
