namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Deletes tickets permanently: their replies, attributes and uploads are gone (reporting keeps a trace).
    /// ConfirmImpact High: asks for each ticket unless -Force or -Confirm:$false.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomTicket", HelpUri = HelpUris.Cmdlets + "Remove-IntercomTicket.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomTicketCommand : ObjectChangeCmdlet<TicketDeleted>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TicketId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.Tickets;

        internal override ApiOperation Operation => IntercomResources.Tickets.Delete!;

        protected override string Action => "Delete the ticket permanently (replies, attributes and uploads included; this cannot be undone)";

        protected override string AddressedId => Id;
    }
}
