using System.Collections;
using Job = IntercomPS.Engine.Models.Job;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Creates tickets for a contact (by Intercom id, email or external id), at once or, with -Enqueue, through a job
    /// Intercom runs later (Get-IntercomJob follows it). A create is never resent once it may have reached Intercom.
    /// </summary>
    [CmdletOptions(ConfirmImpact.Medium, DefaultParameterSetName = ContactIdSet)]
    [OutputType(typeof(Ticket), typeof(Job))]
    public sealed partial class NewIntercomTicketCommand : ObjectChangeCmdlet<Ticket>
    {
        private const string ContactIdSet = "ContactId";
        private const string ContactEmailSet = "ContactEmail";
        private const string ContactExternalIdSet = "ContactExternalId";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(TicketTypeIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string TicketTypeId { get; set; } = string.Empty;

        /// <summary>The contact the ticket is for, by Intercom id; binds from piped contacts.</summary>
        [Parameter(ParameterSetName = ContactIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ContactId { get; set; } = string.Empty;

        [Parameter(ParameterSetName = ContactEmailSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ContactEmail { get; set; } = string.Empty;

        /// <summary>The contact's external id (the user_id your systems gave it).</summary>
        [Parameter(ParameterSetName = ContactExternalIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ContactExternalId { get; set; } = string.Empty;

        /// <summary>The ticket's title (its _default_title_ attribute).</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? Title { get; set; }

        /// <summary>The ticket's description (its _default_description_ attribute).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNull]
        public string? Description { get; set; }

        /// <summary>Ticket attributes by name, as the ticket type declares them.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Attribute { get; set; }

        /// <summary>The company the ticket is about (its Intercom id).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? CompanyId { get; set; }

        /// <summary>A conversation to link the new ticket to.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ConversationId { get; set; }

        /// <summary>
        /// When the ticket was created (for tickets imported from another system); now when not given. Not bound from
        /// the pipeline: a piped contact's CreatedAt must not back-date its ticket.
        /// </summary>
        [Parameter]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? CreatedAt { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? AdminAssigneeId { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(TeamIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? TeamAssigneeId { get; set; }

        /// <summary>Creates the ticket without notifying the contact and teammates.</summary>
        [Parameter]
        public SwitchParameter SkipNotification { get; set; }

        /// <summary>Hands the create to a job Intercom runs later, and writes the job (Get-IntercomJob reads its status).</summary>
        [Parameter]
        public SwitchParameter Enqueue { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Tickets;

        internal override ApiOperation Operation => Enqueue.IsPresent ? IntercomResources.Tickets.Action("enqueue") : IntercomResources.Tickets.Create!;

        protected override string Action => (Enqueue.IsPresent ? "Enqueue the creation of a ticket" : "Create a ticket") + $" of type {TicketTypeId} for {Contact}"
            + (Title == null ? string.Empty : $" titled '{Title}'");

        private string Contact => ParameterSetName switch
        {
            ContactEmailSet => "contact " + ContactEmail,
            ContactExternalIdSet => "contact with external id " + ContactExternalId,
            _ => "contact " + ContactId,
        };

        protected override IDictionary<string, object?>? ExtraBody
        {
            get
            {
                var contact = ParameterSetName switch
                {
                    ContactEmailSet => new Dictionary<string, object?> { ["email"] = ContactEmail },
                    ContactExternalIdSet => new Dictionary<string, object?> { ["external_id"] = ContactExternalId },
                    _ => new Dictionary<string, object?> { ["id"] = ContactId },
                };
                var extra = TicketAttributeValues.Defaults(Title, Description);
                extra["contacts"] = new List<object?> { contact };
                return extra;
            }
        }

        internal override async Task<IntercomObject?> SendAsync(ResourceClient client, ApiOperation operation, IReadOnlyDictionary<string, string> values,
            IEnumerable<KeyValuePair<string, string>>? query, IDictionary<string, object?>? body, CancellationToken cancellationToken) =>
            operation == IntercomResources.Tickets.Create
                ? await client.SendAsync<Ticket>(operation, values, query, body, cancellationToken).ConfigureAwait(false)
                : await client.SendAsync<Job>(operation, values, query, body, cancellationToken).ConfigureAwait(false);
    }
}
