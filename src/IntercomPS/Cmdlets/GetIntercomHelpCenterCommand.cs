namespace IntercomPS.Cmdlets
{
    /// <summary>Gets help centers, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomHelpCenter", HelpUri = HelpUris.Cmdlets + "Get-IntercomHelpCenter.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(HelpCenter))]
    [IdParameter("HelpCenterId")]
    public sealed partial class GetIntercomHelpCenterCommand : GetObjectCmdlet<HelpCenter>
    {
        /// <summary>Asks Intercom even when the session cache holds the objects (the answer still refreshes the cache).</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override bool BypassCache => NoCache.IsPresent;

        internal override ResourceDescriptor<HelpCenter> Resource => IntercomResources.HelpCenters;
    }
}
