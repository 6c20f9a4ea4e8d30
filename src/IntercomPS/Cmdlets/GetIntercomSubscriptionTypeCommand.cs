namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's subscription types (the topics contacts opt in to or out of), all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomSubscriptionType", HelpUri = HelpUris.Cmdlets + "Get-IntercomSubscriptionType.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(SubscriptionType))]
    public sealed class GetIntercomSubscriptionTypeCommand : GetObjectCmdlet<SubscriptionType>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("SubscriptionTypeId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Asks Intercom even when the session cache holds the list (the answer still refreshes the cache).</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override string[] Ids => Id;

        protected override bool BypassCache => NoCache.IsPresent;

        internal override ResourceDescriptor<SubscriptionType> Resource => IntercomResources.SubscriptionTypes;
    }
}
