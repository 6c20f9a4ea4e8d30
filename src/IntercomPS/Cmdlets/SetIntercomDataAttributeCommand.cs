namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Updates custom data attributes: description, list options, whether the Messenger may write them, archived or
    /// not. The data type cannot be changed through the API.
    /// </summary>
    public sealed partial class SetIntercomDataAttributeCommand : SetObjectCmdlet<DataAttribute>
    {
        /// <summary>The custom attribute's id (built-in attributes have none); bound from piped attributes.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("DataAttributeId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        // The fields are not bound from the pipeline: a piped attribute would otherwise write its own values back.
        [Parameter]
        [ValidateNotNull]
        public string? Description { get; set; }

        /// <summary>The values of a list attribute, replacing the ones it has (two or more).</summary>
        [Parameter]
        [ValidateCount(2, int.MaxValue)]
        public string[]? Option { get; set; }

        /// <summary>$true archives the attribute (hidden, no longer settable), $false unarchives it.</summary>
        [Parameter]
        public bool? Archived { get; set; }

        [Parameter]
        public bool? MessengerWritable { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.DataAttributes;

        protected override IReadOnlyList<string>? ChangeParameters => new[] { nameof(Description), nameof(Option), nameof(Archived), nameof(MessengerWritable) };

        protected override string Action => "Set " + string.Join(", ", ChangeParameters!.Where(IsGiven).Select(name => name.ToLowerInvariant()));

        protected override IEnumerable<IReadOnlyDictionary<string, string>> Targets => Id.Select(id => PathValues.Of("data_attribute_id", id));

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "data attribute " + values["data_attribute_id"];

        protected override IDictionary<string, object?>? ExtraBody =>
            Option == null ? null : new Dictionary<string, object?>(StringComparer.Ordinal) { ["options"] = DataAttributeOptions.ToBody(Option) };
    }
}
