namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's ticket types, all or by id, with their attributes and states.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTicketType", HelpUri = HelpUris.Cmdlets + "Get-IntercomTicketType.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(TicketType))]
    [IdParameter("TicketTypeId", Completer = typeof(TicketTypeIdCompleter))]
    public sealed partial class GetIntercomTicketTypeCommand : GetCachedObjectCmdlet<TicketType>
    {
        internal override ResourceDescriptor<TicketType> Resource => IntercomResources.TicketTypes;
    }
}
