namespace IntercomPS.Cmdlets
{
    /// <summary>Adds an option to list conversation attributes; piped attributes bind by their ConversationAttributeId. Writes the attribute.</summary>
    [Cmdlet(VerbsCommon.New, "IntercomConversationAttributeOption", HelpUri = HelpUris.Cmdlets + "New-IntercomConversationAttributeOption.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(ConversationAttribute))]
    public sealed class NewIntercomConversationAttributeOptionCommand : ConversationAttributeOptionCmdlet
    {
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Label { get; set; } = string.Empty;

        protected override string ActionName => "add-option";

        protected override string Action => "Add the option '" + Label + "'";
    }
}
