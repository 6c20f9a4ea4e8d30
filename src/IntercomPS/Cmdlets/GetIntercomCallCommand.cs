namespace IntercomPS.Cmdlets
{
    /// <summary>Gets phone calls: all of them (page by page), by id, or those of given conversations.</summary>
    [IdParameter("CallId")]
    public sealed partial class GetIntercomCallCommand : GetObjectCmdlet<Call>
    {
        private const string ConversationSet = "Conversation";

        /// <summary>
        /// The conversations whose calls to read (at most 20). Not bound from the pipeline: a piped call carries both
        /// its Id and its ConversationId, and is looked up by its Id.
        /// </summary>
        [Parameter(ParameterSetName = ConversationSet, Mandatory = true)]
        [ValidateCount(1, 20)]
        [ValidateNotNullOrEmpty]
        public string[] ConversationId { get; set; } = new string[0];

        internal override ResourceDescriptor<Call> Resource => IntercomResources.Calls;

        internal override ApiOperation ListOperation => ParameterSetName == ConversationSet ? IntercomResources.Calls.Action("conversations") : base.ListOperation;

        protected override IDictionary<string, object?>? ListBody => ParameterSetName == ConversationSet
            ? new Dictionary<string, object?> { ["conversation_ids"] = ConversationId }
            : null;
    }
}
