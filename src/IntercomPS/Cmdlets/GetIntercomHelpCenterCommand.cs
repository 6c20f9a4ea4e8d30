namespace IntercomPS.Cmdlets
{
    /// <summary>Gets help centers, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomHelpCenter", HelpUri = HelpUris.Cmdlets + "Get-IntercomHelpCenter.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(HelpCenter))]
    public sealed class GetIntercomHelpCenterCommand : GetObjectCmdlet<HelpCenter>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("HelpCenterId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Asks Intercom even when the session cache holds the objects (the answer still refreshes the cache).</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override bool BypassCache => NoCache.IsPresent;

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<HelpCenter> Resource => IntercomResources.HelpCenters;
    }
}
