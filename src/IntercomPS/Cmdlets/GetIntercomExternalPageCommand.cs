namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the external pages the AI agent and Copilot answer from, all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomExternalPage", HelpUri = HelpUris.Cmdlets + "Get-IntercomExternalPage.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ExternalPage))]
    [IdParameter("ExternalPageId")]
    public sealed partial class GetIntercomExternalPageCommand : GetObjectCmdlet<ExternalPage>
    {
        internal override ResourceDescriptor<ExternalPage> Resource => IntercomResources.ExternalPages;
    }
}
