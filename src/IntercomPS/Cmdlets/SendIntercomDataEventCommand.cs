using System.Collections;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Records that contacts did something in your product (a data event), for segments, messages and reports. Each
    /// send is one more occurrence, so a send is never repeated once it may have reached Intercom.
    /// </summary>
    [CmdletOptions(ConfirmImpact.Low, DefaultParameterSetName = ContactIdSet)]
    [OutputType(typeof(void))]
    public sealed partial class SendIntercomDataEventCommand : ObjectChangeCmdlet<DataEvent>
    {
        private const string ContactIdSet = "ContactId";
        private const string UserIdSet = "UserId";
        private const string EmailSet = "Email";

        /// <summary>The event's name, best a past-tense verb-noun such as updated-plan.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string EventName { get; set; } = string.Empty;

        /// <summary>Intercom's id of the contact; bound from piped contacts.</summary>
        [Parameter(ParameterSetName = ContactIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ContactId { get; set; } = string.Empty;

        /// <summary>The user's id in your systems (a contact's ExternalId).</summary>
        [Parameter(ParameterSetName = UserIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ExternalId")]
        [ValidateNotNullOrEmpty]
        public string UserId { get; set; } = string.Empty;

        /// <summary>The user's email, where your product identifies users by email.</summary>
        [Parameter(ParameterSetName = EmailSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Email { get; set; } = string.Empty;

        /// <summary>
        /// When the event happened (Intercom's created_at); now when not given. Not named CreatedAt: piped contacts
        /// carry a CreatedAt, their own, which must not date the event.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? OccurredAt { get; set; }

        /// <summary>Up to ten details of the event by name (strings, numbers, dates...).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Hashtable? Metadata { get; set; }

        protected override bool WritesResults => false;

        internal override ResourceDescriptor Resource => IntercomResources.DataEvents;

        internal override ApiOperation Operation => IntercomResources.DataEvents.Create!;

        protected override string Action => $"Send event '{EventName}'";

        protected override string Describe(IReadOnlyDictionary<string, string> values) =>
            ParameterSetName switch
            {
                UserIdSet => "user_id " + UserId,
                EmailSet => "email " + Email,
                _ => "contact " + ContactId,
            };

        /// <summary>Intercom requires the time; the moment the record arrives stands in when it is not given.</summary>
        protected override IDictionary<string, object?>? ExtraBody =>
            OccurredAt == null ? new Dictionary<string, object?>(StringComparer.Ordinal) { ["created_at"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() } : null;
    }
}
