namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Redacts a conversation part (or the conversation's source, its first message): its text is blanked for good,
    /// the part stays. For personal data that must not be kept. Cannot be undone, so ConfirmImpact High.
    /// </summary>
    [CmdletOptions(DefaultParameterSetName = PartSet)]
    public sealed partial class ClearIntercomConversationPartCommand : SetObjectCmdlet<Conversation>
    {
        private const string PartSet = "Part";
        private const string SourceSet = "Source";

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string ConversationId { get; set; } = string.Empty;

        /// <summary>The part to redact; piped conversation parts bind by their Id.</summary>
        [Parameter(ParameterSetName = PartSet, Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string PartId { get; set; } = string.Empty;

        /// <summary>The conversation's source (its first message) to redact: the Source.Id of the conversation.</summary>
        [Parameter(ParameterSetName = SourceSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string SourceId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.Conversations;

        internal override ApiOperation Operation => IntercomResources.Conversations.Action("redact");

        protected override string Action => ParameterSetName == SourceSet
            ? $"Redact the source {SourceId} (its text is blanked; this cannot be undone)"
            : $"Redact part {PartId} (its text is blanked; this cannot be undone)";

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "conversation " + ConversationId;

        protected override IDictionary<string, object?>? ExtraBody => new Dictionary<string, object?>
        {
            ["type"] = ParameterSetName == SourceSet ? "source" : "conversation_part",
        };
    }
}
