namespace IntercomPS.Cmdlets
{
    /// <summary>Adds attributes (the fields its tickets carry) to ticket types; piped ticket types bind by their id.</summary>
    public sealed partial class NewIntercomTicketTypeAttributeCommand : TicketTypeAttributeCmdlet
    {
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary>What the attribute is for, as teammates and contacts see it.</summary>
        [Parameter(Mandatory = true, Position = 2)]
        [ValidateNotNullOrEmpty]
        public string Description { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        [ValidateSet("string", "list", "integer", "decimal", "boolean", "datetime", "files")]
        public string DataType { get; set; } = string.Empty;

        protected override string Action => $"Create the {DataType} attribute '{Name}'";

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            RequireDataType(nameof(ListItem), "list");
            RequireDataType(nameof(Multiline), "string");
            RequireDataType(nameof(AllowMultipleValues), "files");
        }

        /// <summary>Ends the command when a setting of one data type is given for another.</summary>
        private void RequireDataType(string parameter, string dataType)
        {
            if (!IsGiven(parameter) || DataType == dataType) return;
            ThrowParameterDoesNotApply($"-{parameter} applies to -DataType {dataType} only, not {DataType}: remove -{parameter}, or use -DataType {dataType}.", parameter);
        }
    }
}
