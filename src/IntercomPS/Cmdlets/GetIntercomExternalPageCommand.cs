namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the external pages the AI agent and Copilot answer from, all or by id.</summary>
    [IdParameter("ExternalPageId")]
    public sealed partial class GetIntercomExternalPageCommand : GetObjectCmdlet<ExternalPage>
    {
        internal override ResourceDescriptor<ExternalPage> Resource => IntercomResources.ExternalPages;
    }
}
