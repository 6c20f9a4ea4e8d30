namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of New-IntercomConversationAttribute and Set-IntercomConversationAttribute: the settings an
    /// attribute has whether it is created or changed. They do not bind from the pipeline: piped attributes name
    /// which attributes to change, and their own settings are not the change.
    /// </summary>
    public abstract class ConversationAttributeCmdlet : ObjectChangeCmdlet<ConversationAttribute>
    {
        /// <summary>What the attribute is for, as teammates see it.</summary>
        [Parameter]
        public string? Description { get; set; }

        /// <summary>Teammates must fill it in.</summary>
        [Parameter]
        public bool? Required { get; set; }

        /// <summary>The teams that see the attribute; an empty list means every team.</summary>
        [Parameter]
        [AllowEmptyCollection]
        public string[]? VisibleToTeamId { get; set; }

        /// <summary>A string attribute of several lines.</summary>
        [Parameter]
        public bool? Multiline { get; set; }

        /// <summary>A relationship attribute's cardinality: one related object, or many.</summary>
        [Parameter]
        [ValidateSet("one", "many")]
        public string? Cardinality { get; set; }

        /// <summary>The custom object type a relationship attribute points at.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ObjectTypeId { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.ConversationAttributes;
    }
}
