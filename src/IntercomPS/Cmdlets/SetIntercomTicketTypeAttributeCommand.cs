namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Changes ticket type attributes: name, description, who must fill them in and who sees them, list choices;
    /// -Archived $true hides one from new tickets (tickets that have a value keep it).
    /// </summary>
    // -Id: The attribute's id; binds from piped attributes.
    [IdParameter("AttributeId", Position = 1, ValueFromPipeline = false)]
    [PassThruParameter]
    public sealed partial class SetIntercomTicketTypeAttributeCommand : TicketTypeAttributeCmdlet
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Description { get; set; }

        /// <summary>$true archives the attribute, $false restores it.</summary>
        [Parameter]
        public bool? Archived { get; set; }

        protected override IReadOnlyList<string>? ChangeParameters => OperationFields;
    }
}
