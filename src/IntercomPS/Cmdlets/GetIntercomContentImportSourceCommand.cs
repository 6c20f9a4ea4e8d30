namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the content import sources (websites the AI agent's external pages come from), all or by id.</summary>
    [IdParameter("ContentImportSourceId")]
    public sealed partial class GetIntercomContentImportSourceCommand : GetObjectCmdlet<ContentImportSource>
    {
        internal override ResourceDescriptor<ContentImportSource> Resource => IntercomResources.ContentImportSources;
    }
}
