namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's ticket states, all or by id (an id is found in the list, which Intercom returns whole).</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTicketState", HelpUri = HelpUris.Cmdlets + "Get-IntercomTicketState.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(TicketStateDetailed))]
    public sealed class GetIntercomTicketStateCommand : GetCachedObjectCmdlet<TicketStateDetailed>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TicketStateId")]
        [ArgumentCompleter(typeof(TicketStateIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<TicketStateDetailed> Resource => IntercomResources.TicketStates;
    }
}
