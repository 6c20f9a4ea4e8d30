namespace IntercomPS.Cmdlets
{
    /// <summary>Gets when teammates paused and resumed handling conversations, and why.</summary>
    public sealed partial class GetIntercomConversationHandlingEventCommand : ListObjectCmdlet<HandlingEvent>
    {
        /// <summary>Bound by ConversationId only (never by Id), so a piped contact or ticket cannot pass for a conversation.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ConversationId { get; set; } = new string[0];

        internal override ResourceDescriptor<HandlingEvent> Resource => IntercomResources.HandlingEvents;

        internal override ApiOperation ListOperation => IntercomResources.HandlingEvents.Action("conversation");

        protected override IEnumerable<IReadOnlyDictionary<string, string>> Parents =>
            ConversationId.Select(id => PathValues.Of(ListOperation.PathParameters[0], id));
    }
}
