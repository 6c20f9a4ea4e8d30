using IntercomPS.Engine.Transport;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Gets the attributes of ticket types. Intercom has no list of them of its own: they are read from their ticket
    /// type (through the session cache), so piping ticket types in costs no further request.
    /// </summary>
    [OutputType(typeof(TicketTypeAttribute))]
    public sealed partial class GetIntercomTicketTypeAttributeCommand : IntercomConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(TicketTypeIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] TicketTypeId { get; set; } = new string[0];

        /// <summary>Only the attributes whose name matches (wildcards allowed).</summary>
        [Parameter(Position = 1)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Asks Intercom even when the session cache holds the ticket type (the answer still refreshes the cache).</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        // A ticket type that cannot be read is reported for its id, and the other ids go on.
        internal override bool HandlesFailure(Exception exception) => exception is IntercomApiException || exception is ArgumentException;

        protected override void ProcessRecord()
        {
            var client = ActiveConnection.Resources;
            var pattern = Name == null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
            foreach (var id in TicketTypeId)
            {
                TicketType type;
                try
                {
                    type = RunEngineWork(token => client.GetAsync(IntercomResources.TicketTypes, PathValues.Of(IntercomResources.TicketTypes.IdParameter, id), token, NoCache.IsPresent));
                }
                catch (Exception error) when (HandlesFailure(error))
                {
                    WriteError(ErrorRecords.FromException(error, "LookupFailed", id));
                    continue;
                }
                if (type.TicketTypeAttributes == null) continue;
                foreach (var attribute in type.TicketTypeAttributes)
                {
                    if (pattern == null || pattern.IsMatch(attribute.Name ?? string.Empty)) WriteObject(Present(attribute));
                }
            }
        }
    }
}
