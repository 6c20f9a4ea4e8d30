namespace IntercomPS.Cmdlets
{
    /// <summary>Creates ticket types; each starts with the attributes _default_title_ and _default_description_.</summary>
    public sealed partial class NewIntercomTicketTypeCommand : ObjectChangeCmdlet<TicketType>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNull]
        public string? Description { get; set; }

        /// <summary>Customer (tickets a contact sees), Back-office (internal work) or Tracker (one issue many conversations share).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("Customer", "Back-office", "Tracker")]
        public string? Category { get; set; }

        /// <summary>An emoji (Intercom shows 🎟️ when not given).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? Icon { get; set; }

        /// <summary>Tickets of this type are for internal use only, never shared with customers.</summary>
        [Parameter]
        public SwitchParameter IsInternal { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.TicketTypes;

        protected override string Action => $"Create the ticket type '{Name}'" + (Category == null ? string.Empty : $" ({Category})");
    }
}
