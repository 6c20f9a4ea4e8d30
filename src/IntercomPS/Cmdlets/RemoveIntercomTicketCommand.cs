namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Deletes tickets permanently: their replies, attributes and uploads are gone (reporting keeps a trace).
    /// ConfirmImpact High: asks for each ticket unless -Force or -Confirm:$false.
    /// </summary>
    [OutputType(typeof(void))]
    [IdParameter("TicketId")]
    public sealed partial class RemoveIntercomTicketCommand : ObjectChangeCmdlet<TicketDeleted>
    {
        internal override ResourceDescriptor Resource => IntercomResources.Tickets;

        protected override string Action => "Delete the ticket permanently (replies, attributes and uploads included; this cannot be undone)";
    }
}
