namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the delivery status of WhatsApp messages, by message id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomWhatsAppDelivery", HelpUri = HelpUris.Cmdlets + "Get-IntercomWhatsAppDelivery.md")]
    [OutputType(typeof(WhatsappMessageStatus))]
    public sealed class GetIntercomWhatsAppDeliveryCommand : QueryLookupCmdlet<WhatsappMessageStatus>
    {
        /// <summary>The WhatsApp message's id; piped statuses (Get-IntercomMessageDelivery's output) bind by WhatsappMessageId.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("WhatsappMessageId")]
        [ValidateNotNullOrEmpty]
        public string[] MessageId { get; set; } = new string[0];

        protected override string[] Keys => MessageId;

        internal override ApiOperation Operation => IntercomResources.WhatsAppDeliveries.Action("read");

        protected override string QueryParameter => "message_id";
    }
}
