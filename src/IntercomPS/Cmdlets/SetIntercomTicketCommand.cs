using System.Collections;
using System.Globalization;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Changes tickets: attributes, title and description, state, assignee, company, open or closed, snoozed, shared
    /// with the contact; or, with -TicketTypeId, moves them to another ticket type of the same category.
    /// </summary>
    [CmdletOptions(DefaultParameterSetName = UpdateSet)]
    [IdParameter("TicketId")]
    public sealed partial class SetIntercomTicketCommand : SetObjectCmdlet<Ticket>
    {
        private const string UpdateSet = "Update";
        private const string ChangeTypeSet = "ChangeType";

        /// <summary>Moves the ticket to this ticket type (same category; attributes of the same name and type carry over).</summary>
        [Parameter(ParameterSetName = ChangeTypeSet, Mandatory = true)]
        [ArgumentCompleter(typeof(TicketTypeIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string TicketTypeId { get; set; } = string.Empty;

        /// <summary>The ticket's new state (required with -TicketTypeId: a state of the new type).</summary>
        [Parameter(ParameterSetName = UpdateSet)]
        [Parameter(ParameterSetName = ChangeTypeSet, Mandatory = true)]
        [ArgumentCompleter(typeof(TicketStateIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? TicketStateId { get; set; }

        [Parameter]
        [ValidateNotNull]
        public string? Title { get; set; }

        [Parameter]
        [ValidateNotNull]
        public string? Description { get; set; }

        /// <summary>Ticket attributes by name; $null clears one.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Attribute { get; set; }

        /// <summary>The admin or team to assign the ticket to; "0" unassigns it.</summary>
        [Parameter(ParameterSetName = UpdateSet)]
        [ValidateNotNullOrEmpty]
        public string? AssigneeId { get; set; }

        /// <summary>The company the ticket is about (its Intercom id).</summary>
        [Parameter(ParameterSetName = UpdateSet)]
        [ValidateNotNullOrEmpty]
        public string? CompanyId { get; set; }

        /// <summary>$false closes the ticket (and ends a snooze), $true opens it again.</summary>
        [Parameter(ParameterSetName = UpdateSet)]
        public bool? Open { get; set; }

        /// <summary>Whether the contact sees the ticket.</summary>
        [Parameter(ParameterSetName = UpdateSet)]
        public bool? IsShared { get; set; }

        /// <summary>Snoozes the ticket until then.</summary>
        [Parameter(ParameterSetName = UpdateSet)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? SnoozedUntil { get; set; }

        /// <summary>The admin the change is made as (workflows and the ticket's history name them); defaults to the connection's admin.</summary>
        [Parameter(ParameterSetName = UpdateSet)]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? AdminId { get; set; }

        /// <summary>Changes the ticket without notifying the contact and teammates.</summary>
        [Parameter(ParameterSetName = UpdateSet)]
        public SwitchParameter SkipNotification { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Tickets;

        internal override ApiOperation Operation => ParameterSetName == ChangeTypeSet ? IntercomResources.Tickets.Action("change_type") : IntercomResources.Tickets.Update!;

        protected override string Action => ParameterSetName == ChangeTypeSet
            ? $"Change the ticket type to {TicketTypeId} (state {TicketStateId})"
            : base.Action;

        protected override IReadOnlyList<string>? ChangeParameters => ParameterSetName == ChangeTypeSet ? null : UpdateParameters;

        private static readonly string[] UpdateParameters =
        {
            nameof(Title), nameof(Description), nameof(Attribute), nameof(TicketStateId), nameof(AssigneeId), nameof(CompanyId),
            nameof(Open), nameof(IsShared), nameof(SnoozedUntil),
        };

        protected override IDictionary<string, object?>? ExtraBody
        {
            get
            {
                var extra = TicketAttributeValues.Defaults(Title, Description);
                if (ParameterSetName == UpdateSet) extra["admin_id"] = AdminNumber(ActingAdmin(AdminId));
                return extra;
            }
        }

        // The description types this admin_id as an integer (unlike every other admin id of the API).
        private static object AdminNumber(string admin) =>
            long.TryParse(admin, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : (object)admin;
    }
}
