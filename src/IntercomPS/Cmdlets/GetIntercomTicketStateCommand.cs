namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's ticket states, all or by id (an id is found in the list, which Intercom returns whole).</summary>
    [IdParameter("TicketStateId", Completer = typeof(TicketStateIdCompleter))]
    public sealed partial class GetIntercomTicketStateCommand : GetCachedObjectCmdlet<TicketStateDetailed>
    {
        internal override ResourceDescriptor<TicketStateDetailed> Resource => IntercomResources.TicketStates;
    }
}
