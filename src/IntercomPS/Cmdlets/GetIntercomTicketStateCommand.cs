namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's ticket states, all or by id (an id is found in the list, which Intercom returns whole).</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTicketState", HelpUri = HelpUris.Cmdlets + "Get-IntercomTicketState.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(TicketStateDetailed))]
    [IdParameter("TicketStateId", Completer = typeof(TicketStateIdCompleter))]
    public sealed partial class GetIntercomTicketStateCommand : GetCachedObjectCmdlet<TicketStateDetailed>
    {
        internal override ResourceDescriptor<TicketStateDetailed> Resource => IntercomResources.TicketStates;
    }
}
