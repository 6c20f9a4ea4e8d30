namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes custom object instances, by Intercom's id or by their external id. ConfirmImpact High: a deleted instance cannot be brought back.</summary>
    [CmdletOptions(DefaultParameterSetName = IdSet)]
    [OutputType(typeof(void))]
    [ParentIdParameter("TypeIdentifier", "custom_object_type_identifier", Alias = "CustomObjectTypeIdentifier")]
    public sealed partial class RemoveIntercomCustomObjectInstanceCommand : ObjectChangeCmdlet<CustomObjectInstanceDeleted>
    {
        private const string IdSet = "Id";
        private const string ExternalIdSet = "ExternalId";

        /// <summary>Bound from piped objects by CustomObjectInstanceId only (not Id), so piping another kind of object deletes nothing.</summary>
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string CustomObjectInstanceId { get; set; } = string.Empty;

        [Parameter(ParameterSetName = ExternalIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ExternalId { get; set; } = string.Empty;

        protected override bool WritesResults => false;

        internal override ResourceDescriptor Resource => IntercomResources.CustomObjectInstances;

        internal override ApiOperation Operation => ParameterSetName == ExternalIdSet
            ? IntercomResources.CustomObjectInstances.Action("deleteByExternalId")
            : IntercomResources.CustomObjectInstances.Delete!;

        protected override string Action => "Delete custom object instance";

        protected override string? AddressedId => ParameterSetName == ExternalIdSet ? null : CustomObjectInstanceId;

        protected override IEnumerable<KeyValuePair<string, string>>? RequestQuery =>
            ParameterSetName == ExternalIdSet ? QueryPairs.Of(("external_id", ExternalId)) : null;

        protected override string Describe(IReadOnlyDictionary<string, string> values) => ParameterSetName == ExternalIdSet
            ? $"{TypeIdentifier} with external id {ExternalId}"
            : $"{TypeIdentifier} {CustomObjectInstanceId}";
    }
}
