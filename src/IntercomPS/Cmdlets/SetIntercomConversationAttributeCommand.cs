namespace IntercomPS.Cmdlets
{
    /// <summary>Changes conversation attributes; the settings not given stay as they are.</summary>
    [IdParameter("ConversationAttributeId", ValueFromPipeline = false)]
    [PassThruParameter]
    public sealed partial class SetIntercomConversationAttributeCommand : ConversationAttributeCmdlet
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        protected override IReadOnlyList<string>? ChangeParameters => OperationFields;
    }
}
