namespace IntercomPS.Cmdlets
{
    /// <summary>Changes conversation attributes; the settings not given stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomConversationAttribute", HelpUri = HelpUris.Cmdlets + "Set-IntercomConversationAttribute.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ConversationAttribute))]
    public sealed class SetIntercomConversationAttributeCommand : ConversationAttributeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ConversationAttributeId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Writes the changed attribute.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        protected override IReadOnlyList<string>? ChangeParameters =>
            new[] { nameof(Name), nameof(Description), nameof(Required), nameof(VisibleToTeamId), nameof(Multiline), nameof(Cardinality), nameof(ObjectTypeId) };

        internal override ApiOperation Operation => IntercomResources.ConversationAttributes.Update!;

        protected override string AddressedId => Id;
    }
}
