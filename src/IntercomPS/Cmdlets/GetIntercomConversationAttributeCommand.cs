namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's conversation attributes (the fields teammates fill in on conversations), all of them or by id.</summary>
    [IdParameter("ConversationAttributeId")]
    public sealed partial class GetIntercomConversationAttributeCommand : GetObjectCmdlet<ConversationAttribute>
    {
        /// <summary>Lists archived attributes too.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter IncludeArchived { get; set; }

        internal override ResourceDescriptor<ConversationAttribute> Resource => IntercomResources.ConversationAttributes;

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery =>
            QueryPairs.Of(("include_archived", IncludeArchived.IsPresent ? "true" : null));
    }
}
