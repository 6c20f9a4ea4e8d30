namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Lists the side conversations of conversations (threads teammates started with people outside them), each with
    /// its parts. Piped conversations bind by their Id.
    /// </summary>
    public sealed partial class GetIntercomSideConversationCommand : GetObjectCmdlet<SideConversationSummary>
    {
        [Parameter(ParameterSetName = ListSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string ConversationId { get; set; } = string.Empty;

        protected override string[] Ids => new string[0];

        internal override ResourceDescriptor<SideConversationSummary> Resource => IntercomResources.SideConversations;

        protected override IReadOnlyDictionary<string, string> ScopeValues => PathValues.Of("id", ConversationId);
    }
}
