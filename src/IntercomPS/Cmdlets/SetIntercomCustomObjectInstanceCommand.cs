using System.Collections;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Creates or updates custom object instances, keyed by their external id: an instance of the type with that
    /// external id is updated, otherwise one is created. Fields bind by property name, so instances read from another
    /// system (or workspace) can be piped in.
    /// </summary>
    [ParentIdParameter("TypeIdentifier", "custom_object_type_identifier", Alias = "CustomObjectTypeIdentifier")]
    public sealed partial class SetIntercomCustomObjectInstanceCommand : SetObjectCmdlet<CustomObjectInstance>
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ExternalId { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public IDictionary? CustomAttributes { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? ExternalCreatedAt { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? ExternalUpdatedAt { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.CustomObjectInstances;

        internal override ApiOperation Operation => IntercomResources.CustomObjectInstances.Create!;

        protected override string Action => "Create or update custom object instance";

        protected override string Describe(IReadOnlyDictionary<string, string> values) => $"{TypeIdentifier} with external id {ExternalId}";
    }
}
