namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's conversation attributes (the fields teammates fill in on conversations), all of them or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomConversationAttribute", HelpUri = HelpUris.Cmdlets + "Get-IntercomConversationAttribute.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ConversationAttribute))]
    public sealed class GetIntercomConversationAttributeCommand : GetObjectCmdlet<ConversationAttribute>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ConversationAttributeId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Lists archived attributes too.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter IncludeArchived { get; set; }

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<ConversationAttribute> Resource => IntercomResources.ConversationAttributes;

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery =>
            IncludeArchived.IsPresent ? new[] { new KeyValuePair<string, string>("include_archived", "true") } : null;
    }
}
