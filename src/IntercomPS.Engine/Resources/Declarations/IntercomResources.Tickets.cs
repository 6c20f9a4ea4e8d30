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
                itemsMember: "tickets");
    }
}
