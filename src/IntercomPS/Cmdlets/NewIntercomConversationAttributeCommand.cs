namespace IntercomPS.Cmdlets
{
    /// <summary>Creates conversation attributes; the name and data type bind by property name (attributes read from another workspace can be piped in).</summary>
    public sealed partial class NewIntercomConversationAttributeCommand : ConversationAttributeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateSet("string", "integer", "list", "decimal", "boolean", "datetime", "relationship", "files")]
        public string DataType { get; set; } = string.Empty;

        /// <summary>The choices of a list attribute, by label.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Option { get; set; }

        protected override string Action => $"Create the {DataType} conversation attribute '{Name}'";

        protected override IDictionary<string, object?>? ExtraBody => Option == null ? null : new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["options"] = Array.ConvertAll(Option, label => (object?)new Dictionary<string, object?>(StringComparer.Ordinal) { ["label"] = label }),
        };

        protected override void ProcessRecord()
        {
            // Checked per record: the data type may come from each piped attribute.
            if (ParameterFitsDataType(nameof(Option), "list") && ParameterFitsDataType(nameof(Multiline), "string")
                && ParameterFitsDataType(nameof(Cardinality), "relationship") && ParameterFitsDataType(nameof(ObjectTypeId), "relationship"))
            {
                base.ProcessRecord();
            }
        }

        /// <summary>False (and the record's error written) when a setting of one data type is given for another.</summary>
        private bool ParameterFitsDataType(string parameter, string dataType)
        {
            if (!IsGiven(parameter) || DataType == dataType) return true;
            var message = $"-{parameter} applies to -DataType {dataType} only, not {DataType}: remove -{parameter}, or use -DataType {dataType}.";
            WriteInputError(new ArgumentException(message), "ParameterDoesNotApply", Name);
            return false;
        }
    }
}
