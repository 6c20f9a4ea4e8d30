namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's subscription types (the topics contacts opt in to or out of), all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomSubscriptionType", HelpUri = HelpUris.Cmdlets + "Get-IntercomSubscriptionType.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(SubscriptionType))]
    [IdParameter("SubscriptionTypeId")]
    public sealed partial class GetIntercomSubscriptionTypeCommand : GetObjectCmdlet<SubscriptionType>
    {
        /// <summary>Asks Intercom even when the session cache holds the list (the answer still refreshes the cache).</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override bool BypassCache => NoCache.IsPresent;

        internal override ResourceDescriptor<SubscriptionType> Resource => IntercomResources.SubscriptionTypes;
    }
}
