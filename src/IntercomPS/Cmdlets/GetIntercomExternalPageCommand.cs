namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the external pages the AI agent and Copilot answer from, all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomExternalPage", HelpUri = HelpUris.Cmdlets + "Get-IntercomExternalPage.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ExternalPage))]
    public sealed class GetIntercomExternalPageCommand : GetObjectCmdlet<ExternalPage>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ExternalPageId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<ExternalPage> Resource => IntercomResources.ExternalPages;
    }
}
