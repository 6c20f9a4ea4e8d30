namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Gets instances of a custom object type: by id, or the type's instances (page by page), optionally those with an
    /// external id or those that reference a contact or a conversation.
    /// </summary>
    [IdParameter("CustomObjectInstanceId", Position = 1, ValueFromPipeline = false)]
    // -TypeIdentifier: The identifier of the custom object type (Order, Subscription...).
    [ParentIdParameter("TypeIdentifier", "custom_object_type_identifier", Alias = "CustomObjectTypeIdentifier")]
    public sealed partial class GetIntercomCustomObjectInstanceCommand : GetObjectCmdlet<CustomObjectInstance>
    {
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? ExternalId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? ReferencesContactId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? ReferencesConversationId { get; set; }

        internal override ResourceDescriptor<CustomObjectInstance> Resource => IntercomResources.CustomObjectInstances;

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery =>
            QueryPairs.Of(("external_id", ExternalId), ("references_contact_id", ReferencesContactId), ("references_conversation_id", ReferencesConversationId));
    }
}
