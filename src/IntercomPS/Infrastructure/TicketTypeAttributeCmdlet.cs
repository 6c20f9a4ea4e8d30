namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of New-IntercomTicketTypeAttribute and Set-IntercomTicketTypeAttribute: the ticket type, and the
    /// settings an attribute has whether it is created or changed.
    /// </summary>
    // -TicketTypeId: The ticket type the attribute belongs to; binds from piped ticket types and attributes.
    [ParentIdParameter("TicketTypeId", "ticket_type_id", Completer = typeof(TicketTypeIdCompleter))]
    public abstract partial class TicketTypeAttributeCmdlet : ObjectChangeCmdlet<TicketTypeAttribute>
    {
        /// <summary>Teammates must fill it in to create a ticket in the Inbox.</summary>
        [Parameter]
        public bool? RequiredToCreate { get; set; }

        /// <summary>Contacts must fill it in to create a ticket in the Messenger.</summary>
        [Parameter]
        public bool? RequiredToCreateForContacts { get; set; }

        [Parameter]
        public bool? VisibleOnCreate { get; set; }

        [Parameter]
        public bool? VisibleToContacts { get; set; }

        /// <summary>A string attribute of several lines.</summary>
        [Parameter]
        public bool? Multiline { get; set; }

        /// <summary>The choices of a list attribute (the whole list).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? ListItem { get; set; }

        /// <summary>A files attribute that takes several files.</summary>
        [Parameter]
        public bool? AllowMultipleValues { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.TicketTypeAttributes;

        // Intercom takes a list attribute's choices as one comma-separated string, so a choice cannot hold a comma.
        protected override IDictionary<string, object?>? ExtraBody
        {
            get
            {
                if (ListItem == null) return null;
                var withComma = Array.Find(ListItem, item => item.IndexOf(',') >= 0);
                if (withComma != null)
                {
                    throw new ArgumentException($"The list item '{withComma}' holds a comma, which Intercom reads as a separator between items: give it without the comma.");
                }
                return new Dictionary<string, object?>(StringComparer.Ordinal) { ["list_items"] = string.Join(",", ListItem) };
            }
        }
    }
}
