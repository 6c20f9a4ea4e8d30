namespace IntercomPS.Cmdlets
{
    /// <summary>Renames an option of a list conversation attribute (conversations that have it show the new label).</summary>
    [PassThruParameter]
    public sealed partial class SetIntercomConversationAttributeOptionCommand : ConversationAttributeOptionCmdlet
    {
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string OptionId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 2)]
        [ValidateNotNullOrEmpty]
        public string Label { get; set; } = string.Empty;

        protected override string? Option => OptionId;

        protected override string ActionName => "rename-option";

        protected override string Action => $"Rename option {OptionId} to '{Label}'";
    }
}
