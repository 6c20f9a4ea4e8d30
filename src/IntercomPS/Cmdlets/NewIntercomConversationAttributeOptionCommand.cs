namespace IntercomPS.Cmdlets
{
    /// <summary>Adds an option to list conversation attributes; piped attributes bind by their ConversationAttributeId. Writes the attribute.</summary>
    public sealed partial class NewIntercomConversationAttributeOptionCommand : ConversationAttributeOptionCmdlet
    {
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Label { get; set; } = string.Empty;

        protected override string ActionName => "add-option";

        protected override string Action => "Add the option '" + Label + "'";
    }
}
