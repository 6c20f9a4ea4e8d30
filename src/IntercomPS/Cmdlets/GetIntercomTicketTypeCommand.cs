namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's ticket types, all or by id, with their attributes and states.</summary>
    [IdParameter("TicketTypeId", Completer = typeof(TicketTypeIdCompleter))]
    public sealed partial class GetIntercomTicketTypeCommand : GetCachedObjectCmdlet<TicketType>
    {
        internal override ResourceDescriptor<TicketType> Resource => IntercomResources.TicketTypes;
    }
}
