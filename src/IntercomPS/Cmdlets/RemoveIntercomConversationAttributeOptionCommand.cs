namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Archives an option of a list conversation attribute (Intercom's delete): it is no longer offered, and
    /// conversations keep it. ConfirmImpact High.
    /// </summary>
    [PassThruParameter]
    public sealed partial class RemoveIntercomConversationAttributeOptionCommand : ConversationAttributeOptionCmdlet
    {
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string OptionId { get; set; } = string.Empty;

        protected override string? Option => OptionId;

        protected override string ActionName => "archive-option";

        protected override string Action => "Archive option " + OptionId;
    }
}
