namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that add, rename and archive the options of a list conversation attribute: the
    /// attribute (bound from piped attributes), the option when one is named, and the attribute Intercom answers with.
    /// </summary>
    public abstract class ConversationAttributeOptionCmdlet : ObjectChangeCmdlet<ConversationAttribute>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ConversationAttributeId { get; set; } = string.Empty;

        /// <summary>The declared action of the attribute this cmdlet sends (add-option...).</summary>
        protected abstract string ActionName { get; }

        /// <summary>The option the change is about; null when it adds one.</summary>
        protected virtual string? Option => null;

        internal override ResourceDescriptor Resource => IntercomResources.ConversationAttributes;

        internal override ApiOperation Operation => IntercomResources.ConversationAttributes.Action(ActionName);

        protected override IReadOnlyDictionary<string, string> TargetValues => Option == null
            ? PathValues.Of(IntercomResources.ConversationAttributes.IdParameter, ConversationAttributeId)
            : PathValues.Of(IntercomResources.ConversationAttributes.IdParameter, ConversationAttributeId, "option_id", Option);
    }
}
