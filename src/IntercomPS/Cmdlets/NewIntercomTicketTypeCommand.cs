namespace IntercomPS.Cmdlets
{
    /// <summary>Creates ticket types; each starts with the attributes _default_title_ and _default_description_.</summary>
    [FieldParameters(RequestBodies.CreateTicketType, IntercomResources.TicketTypeFields, NotEmpty = "icon", NotNull = "description")]
    public sealed partial class NewIntercomTicketTypeCommand : ObjectChangeCmdlet<TicketType>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.TicketTypes;

        protected override string Action => $"Create the ticket type '{Name}'" + (Category == null ? string.Empty : $" ({Category})");
    }
}
