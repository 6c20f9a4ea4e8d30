namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Archives an option of a list conversation attribute (Intercom's delete): it is no longer offered, and
    /// conversations keep it. ConfirmImpact High.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomConversationAttributeOption", HelpUri = HelpUris.Cmdlets + "Remove-IntercomConversationAttributeOption.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ConversationAttribute))]
    public sealed class RemoveIntercomConversationAttributeOptionCommand : ConversationAttributeOptionCmdlet
    {
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string OptionId { get; set; } = string.Empty;

        /// <summary>Writes the changed attribute.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        protected override string? Option => OptionId;

        protected override string ActionName => "archive-option";

        protected override string Action => "Archive option " + OptionId;
    }
}
