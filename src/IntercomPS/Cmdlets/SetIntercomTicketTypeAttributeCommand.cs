namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Changes ticket type attributes: name, description, who must fill them in and who sees them, list choices;
    /// -Archived $true hides one from new tickets (tickets that have a value keep it).
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IntercomTicketTypeAttribute", HelpUri = HelpUris.Cmdlets + "Set-IntercomTicketTypeAttribute.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(TicketTypeAttribute))]
    public sealed class SetIntercomTicketTypeAttributeCommand : TicketTypeAttributeCmdlet
    {
        private static readonly string[] Changes =
        {
            nameof(Name), nameof(Description), nameof(RequiredToCreate), nameof(RequiredToCreateForContacts), nameof(VisibleOnCreate),
            nameof(VisibleToContacts), nameof(Multiline), nameof(ListItem), nameof(AllowMultipleValues), nameof(Archived),
        };

        /// <summary>The attribute's id; binds from piped attributes.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("AttributeId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Description { get; set; }

        /// <summary>$true archives the attribute, $false restores it.</summary>
        [Parameter]
        public bool? Archived { get; set; }

        /// <summary>Writes each attribute as Intercom answered after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        internal override ApiOperation Operation => IntercomResources.TicketTypeAttributes.Update!;

        protected override IReadOnlyList<string>? ChangeParameters => Changes;

        protected override string AddressedId => Id;
    }
}
