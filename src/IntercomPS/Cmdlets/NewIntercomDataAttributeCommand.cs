namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Creates custom data attributes of contacts or companies. A list attribute is made with -Option (two or more
    /// values). Never resent once it may have reached Intercom: a second create of the name would only be refused.
    /// </summary>
    [CmdletOptions(ConfirmImpact.Medium)]
    public sealed partial class NewIntercomDataAttributeCommand : ObjectChangeCmdlet<DataAttribute>
    {
        /// <summary>The attribute's name: letters, digits, currency symbols and hyphens.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary>contact or company.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateSet("contact", "company")]
        public string Model { get; set; } = string.Empty;

        /// <summary>string, integer, float, boolean, date or datetime; options (or none) with -Option for a list.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("string", "integer", "float", "boolean", "date", "datetime", "options")]
        public string? DataType { get; set; }

        /// <summary>The values of a list attribute (two or more).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Options")]
        public string[]? Option { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        /// <summary>Whether the Messenger may set the attribute.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? MessengerWritable { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.DataAttributes;

        protected override string Action => $"Create {Model} attribute '{Name}' ({DataTypeToSend})";

        protected override string Describe(IReadOnlyDictionary<string, string> values) => $"{Model} attribute '{Name}'";

        private bool IsList => Option != null && Option.Length > 0;

        /// <summary>
        /// A list attribute is sent as data_type options. Intercom reports list attributes as string with options, so a
        /// piped list attribute (DataType string, Options) is created as a list too.
        /// </summary>
        private string? DataTypeToSend => IsList && (DataType == null || DataType == "string") ? "options" : DataType;

        protected override IDictionary<string, object?>? ExtraBody
        {
            get
            {
                var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["data_type"] = DataTypeToSend };
                if (IsList) extra["options"] = DataAttributeOptions.ToBody(Option!);
                return extra;
            }
        }

        protected override void ProcessRecord()
        {
            var problem = DataTypeToSend == null
                ? "Give -DataType (string, integer, float, boolean, date, datetime), or -Option for a list attribute."
                : DataTypeToSend == "options" && (!IsList || Option!.Length < 2)
                    ? "A list attribute needs two or more values in -Option."
                    : DataTypeToSend != "options" && IsList
                        ? $"-Option makes a list attribute; it does not apply to -DataType {DataType}."
                        : null;
            if (problem != null)
            {
                WriteInputError(new ArgumentException(problem), "InvalidDataAttribute", Name);
                return;
            }
            base.ProcessRecord();
        }
    }
}
