namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Sets how many times a user did something and when first and last (an event summary), for counts kept outside
    /// Intercom (a backfill from your product's database). Never resent once it may have reached Intercom.
    /// </summary>
    [OutputType(typeof(void))]
    public sealed partial class SendIntercomDataEventSummaryCommand : ObjectChangeCmdlet<DataEventSummaryItem>
    {
        /// <summary>The user's id in your systems (a contact's ExternalId).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ExternalId")]
        [ValidateNotNullOrEmpty]
        public string UserId { get; set; } = string.Empty;

        /// <summary>The event's name, best a past-tense verb-noun such as updated-plan.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string EventName { get; set; } = string.Empty;

        /// <summary>How many times the event happened.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, long.MaxValue)]
        public long Count { get; set; }

        /// <summary>When the event first happened.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? First { get; set; }

        /// <summary>When the event last happened.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? Last { get; set; }

        protected override bool WritesResults => false;

        internal override ResourceDescriptor Resource => IntercomResources.DataEventSummaries;

        internal override ApiOperation Operation => IntercomResources.DataEventSummaries.Action("send");

        protected override string Action => $"Set the summary of event '{EventName}' to {Count} time(s)";

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "user_id " + UserId;
    }
}
