namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the data attributes (standard and custom fields) of contacts, companies or conversations.</summary>
    [OutputType(typeof(DataAttribute))]
    public sealed partial class GetIntercomDataAttributeCommand : IntercomConnectedCmdlet
    {
        /// <summary>contact, company or conversation; all models when omitted.</summary>
        [Parameter(Position = 0)]
        [ValidateSet("contact", "company", "conversation")]
        public string? Model { get; set; }

        [Parameter]
        public SwitchParameter IncludeArchived { get; set; }

        protected override void EndProcessing()
        {
            var catalog = ActiveConnection.DataAttributes;
            foreach (var attribute in RunEngineWork(token => catalog.ListAsync(Model, IncludeArchived.IsPresent, token)))
            {
                WriteObject(OutputAdapter.Wrap(attribute));
            }
        }
    }
}
