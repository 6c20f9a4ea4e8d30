using IntercomPS.Engine.Models;
using IntercomPS.Engine.Search;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        /// <summary>
        /// Tickets. Search fields: the "Accepted Fields" table of POST /tickets/search; dates compare to the second.
        /// Fields are read from the model only where it holds what the search compares: not category (searched as
        /// request/task/tracker, not the category's name), state (a ticket state object on the model), title and
        /// description (ticket attributes) or ticket_attribute.{id} (the model keys attributes by name, not id).
        /// Tickets are also read by id, created (at once or through a job), changed, retyped, replied to, tagged,
        /// linked to conversations and deleted. There is no list of every ticket: the search is the list.
        /// </summary>
        public static readonly ResourceDescriptor<Ticket> Tickets = new ResourceDescriptor<Ticket>("Ticket", "ticket_id")
            .Searches("tickets/search", new SearchFields<Ticket>(SearchDateRule.Second)
                .Text("id", t => t.Id)
                .Date("created_at", t => t.CreatedAt, ranges: true)
                .Date("updated_at", t => t.UpdatedAt, ranges: true)
                .Text("title")
                .Text("description")
                .Text("category")
                .Text("ticket_type_id", t => t.TicketType?.Id)
                .Ids("contact_ids")
                .Ids("teammate_ids")
                .Text("admin_assignee_id", t => t.AdminAssigneeId)
                .Text("team_assignee_id", t => t.TeamAssigneeId)
                .Boolean("open", t => t.Open)
                .Text("state")
                .Date("snoozed_until", t => t.SnoozedUntil)
                .Attributes("ticket_attribute"),
                itemsMember: "tickets")
            .Gets("tickets/{ticket_id}")
            .Creates("tickets", false, TicketCreateFields)
            .Acts("enqueue", "POST", "tickets/enqueue", false, TicketCreateFields)
            .Updates("tickets/{ticket_id}", "PUT",
                "ticket_attributes=Attribute", "ticket_state_id", "company_id", "open", "is_shared", "snoozed_until",
                "assignee_id", "skip_notifications=SkipNotification")
            // Sending the same change of type twice leaves the ticket as one did.
            .Acts("change_type", "POST", "tickets/{ticket_id}/change_type", true, "ticket_type_id", "ticket_state_id", "ticket_attributes=Attribute")
            .Deletes("tickets/{ticket_id}")
            .Acts("reply", "POST", "tickets/{ticket_id}/reply", false,
                "body", "created_at", "attachment_urls=AttachmentUrl", "cross_post", "skip_notifications=SkipNotification",
                "intercom_user_id=ContactId", "user_id=ContactExternalId", "email=ContactEmail")
            // Tagging twice leaves one tag, so a tag may be resent after a transient failure.
            .Acts("tag", "POST", "tickets/{ticket_id}/tags", true)
            .Acts("untag", "DELETE", "tickets/{ticket_id}/tags/{tag_id}")
            .Acts("link_conversation", "POST", "tickets/{ticket_id}/linked_conversations", false, "conversation_id")
            .Acts("unlink_conversation", "DELETE", "tickets/{ticket_id}/linked_conversations/{id}")
            .Shows(new[] { "Id:15", "TicketNumber=Number:6", "TicketState=State:16", "Open:5", "CreatedAt:16", "Title" },
                new[]
                {
                    "Id", "TicketNumber", "Title", "Description", "Category", "TicketType", "TicketState=State", "Open", "IsShared",
                    "AdminAssigneeId", "TeamAssigneeId", "Contacts", "TicketAttributes=Attributes", "LinkedObjects", "CreatedAt", "UpdatedAt", "SnoozedUntil",
                });

        /// <summary>What a new ticket is made of, the same for POST /tickets and POST /tickets/enqueue.</summary>
        private static string[] TicketCreateFields => new[]
        {
            "ticket_type_id", "company_id", "created_at", "ticket_attributes=Attribute", "conversation_to_link_id=ConversationId",
            "assignment.admin_assignee_id", "assignment.team_assignee_id", "skip_notifications=SkipNotification",
        };

        public const string TicketTypeFields = "name description category icon is_internal";

        /// <summary>What a ticket type's update writes: its fields, and whether it is archived.</summary>
        public const string TicketTypeChanges = TicketTypeFields + " archived";

        /// <summary>Ticket types: the workspace's short list, read whole and cached like admins and teams.</summary>
        public static readonly ResourceDescriptor<TicketType> TicketTypes = new ResourceDescriptor<TicketType>("TicketType", "ticket_type_id")
            .Lists("ticket_types", PagingKind.WholeList, "data")
            .Gets("ticket_types/{ticket_type_id}")
            .Creates("ticket_types", false, TicketTypeFields)
            .Updates("ticket_types/{ticket_type_id}", "PUT", TicketTypeChanges)
            .CachedWhole()
            .Shows(new[] { "Id:10", "Category:12", "Icon:4", "Archived:8", "Name" },
                new[] { "Id", "Name", "Description", "Category", "Icon", "Archived", "TicketTypeAttributes=Attributes", "TicketStates=States", "CreatedAt", "UpdatedAt" });

        /// <summary>
        /// The attributes of a ticket type (the fields its tickets carry). Intercom lists them only inside their ticket
        /// type (GET /ticket_types/{id}); they are created and changed under it.
        /// </summary>
        public static readonly ResourceDescriptor<TicketTypeAttribute> TicketTypeAttributes = new ResourceDescriptor<TicketTypeAttribute>("TicketTypeAttribute", "attribute_id")
            .Creates("ticket_types/{ticket_type_id}/attributes", false,
                "name", "description", "data_type", "required_to_create", "required_to_create_for_contacts", "visible_on_create",
                "visible_to_contacts", "multiline", "list_items=ListItem", "allow_multiple_values")
            .Updates("ticket_types/{ticket_type_id}/attributes/{attribute_id}", "PUT",
                "name", "description", "required_to_create", "required_to_create_for_contacts", "visible_on_create",
                "visible_to_contacts", "multiline", "list_items=ListItem", "allow_multiple_values", "archived")
            .Shows(new[] { "Id:10", "TicketTypeId=Type:8", "DataType:9", "RequiredToCreate=Required:8", "Archived:8", "Name" },
                new[]
                {
                    "Id", "TicketTypeId", "Name", "Description", "DataType", "InputOptions", "Order", "RequiredToCreate", "RequiredToCreateForContacts",
                    "VisibleOnCreate", "VisibleToContacts", "Default", "Archived", "CreatedAt", "UpdatedAt",
                });

        /// <summary>Ticket states: one short list for the workspace (no lookup by id in the API: found in the cached list).</summary>
        public static readonly ResourceDescriptor<TicketStateDetailed> TicketStates = new ResourceDescriptor<TicketStateDetailed>("TicketState", "ticket_state_id")
            .Lists("ticket_states", PagingKind.WholeList, "data")
            .CachedWhole()
            .Shows(new[] { "Id:10", "Category:20", "Archived:8", "InternalLabel=Internal label:24", "ExternalLabel=External label" },
                new[] { "Id", "Category", "InternalLabel", "ExternalLabel", "Archived", "TicketTypes" });
    }
}
