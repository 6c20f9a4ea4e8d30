namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the delivery status of WhatsApp messages, by message id.</summary>
    // -MessageId: The WhatsApp message's id; piped statuses (Get-IntercomMessageDelivery's output) bind by WhatsappMessageId.
    [IdParameter("WhatsappMessageId", Name = "MessageId")]
    public sealed partial class GetIntercomWhatsAppDeliveryCommand : QueryLookupCmdlet<WhatsappMessageStatus>
    {
        internal override ApiOperation Operation => IntercomResources.WhatsAppDeliveries.Action("read");

        protected override string QueryParameter => "message_id";
    }
}
