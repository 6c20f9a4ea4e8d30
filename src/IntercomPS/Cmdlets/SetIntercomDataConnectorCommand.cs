namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of data connectors, or takes them live (-State live) or back to draft.</summary>
    [IdParameter("DataConnectorId", ValueFromPipeline = false)]
    [PassThruParameter]
    public sealed partial class SetIntercomDataConnectorCommand : DataConnectorChangeCmdlet
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>live puts the connector to use; draft takes it out of use.</summary>
        [Parameter]
        [ValidateSet("draft", "live")]
        public string? State { get; set; }

        protected override IReadOnlyList<string>? ChangeParameters => OperationFields;
    }
}
