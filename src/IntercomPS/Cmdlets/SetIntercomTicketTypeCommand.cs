namespace IntercomPS.Cmdlets
{
    /// <summary>Changes ticket types: name, description, category, icon, internal use; -Archived $true archives one.</summary>
    [IdParameter("TicketTypeId", Completer = typeof(TicketTypeIdCompleter))]
    public sealed partial class SetIntercomTicketTypeCommand : SetObjectCmdlet<TicketType>
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        [ValidateNotNull]
        public string? Description { get; set; }

        [Parameter]
        [ValidateSet("Customer", "Back-office", "Tracker")]
        public string? Category { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Icon { get; set; }

        /// <summary>$true archives the type (no new tickets of it), $false restores it.</summary>
        [Parameter]
        public bool? Archived { get; set; }

        [Parameter]
        public bool? IsInternal { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.TicketTypes;

        protected override IReadOnlyList<string>? ChangeParameters => OperationFields;
    }
}
