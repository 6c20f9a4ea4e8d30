namespace IntercomPS.Cmdlets
{
    /// <summary>Lists the reasons admins can give for being away (for Set-IntercomAdmin -AwayStatusReasonId).</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomAwayStatusReason", HelpUri = HelpUris.Cmdlets + "Get-IntercomAwayStatusReason.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(AwayStatusReason))]
    public sealed class GetIntercomAwayStatusReasonCommand : GetObjectCmdlet<AwayStatusReason>
    {
        /// <summary>Asks Intercom even when the session cache holds the list (the answer still refreshes the cache).</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override string[] Ids => new string[0];

        protected override bool BypassCache => NoCache.IsPresent;

        internal override ResourceDescriptor<AwayStatusReason> Resource => IntercomResources.AwayStatusReasons;
    }
}
