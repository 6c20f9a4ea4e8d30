using IntercomPS.Engine.Models;
using IntercomPS.Engine.Search;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        /// <summary>
        /// Conversations. Search fields: the "Accepted Fields" table of POST /conversations/search, plus title (a field
        /// of the model, which the docs call searchable as most of its keys). Fields are read from the model where a
        /// searched conversation carries them in full: not contact_ids, teammate_ids or tag_ids, whose embedded lists
        /// may be truncated. Dates compare to the second.
        /// </summary>
        public static readonly ResourceDescriptor<Conversation> Conversations = new ResourceDescriptor<Conversation>("Conversation", "conversation_id")
            .Searches("conversations/search", new SearchFields<Conversation>(SearchDateRule.Second)
                .Text("id", c => c.Id)
                .Date("created_at", c => c.CreatedAt, ranges: true)
                .Date("updated_at", c => c.UpdatedAt, ranges: true)
                .Text("title", c => c.Title)
                .Text("source.type", c => c.Source?.Type)
                .Text("source.id", c => c.Source?.Id)
                .Text("source.delivered_as", c => c.Source?.DeliveredAs)
                .Text("source.subject", c => c.Source?.Subject)
                // Matched word by word by Intercom, so a client-side check could not mirror it.
                .Text("source.body")
                .Text("source.author.id", c => c.Source?.Author?.Id)
                .Text("source.author.type", c => c.Source?.Author?.Type)
                .Text("source.author.name", c => c.Source?.Author?.Name)
                .Text("source.author.email", c => c.Source?.Author?.Email)
                .Text("source.url", c => c.Source?.Url)
                .Ids("contact_ids")
                .Ids("teammate_ids")
                .Integer("admin_assignee_id", c => c.AdminAssigneeId)
                .Integer("team_assignee_id", c => c.TeamAssigneeId)
                .Text("channel_initiated")
                .Boolean("open", c => c.Open)
                .Boolean("read", c => c.Read)
                .Text("state", c => c.State)
                .Date("waiting_since", c => c.WaitingSince)
                .Date("snoozed_until", c => c.SnoozedUntil)
                .Ids("tag_ids")
                .Text("priority", c => c.Priority)
                .Integer("statistics.time_to_assignment")
                .Integer("statistics.time_to_admin_reply")
                .Integer("statistics.time_to_first_close")
                .Integer("statistics.time_to_last_close")
                .Integer("statistics.median_time_to_reply")
                .Date("statistics.first_contact_reply_at")
                .Date("statistics.first_assignment_at")
                .Date("statistics.first_admin_reply_at")
                .Date("statistics.first_close_at")
                .Date("statistics.last_assignment_at")
                .Date("statistics.last_assignment_admin_reply_at")
                .Date("statistics.last_contact_reply_at")
                .Date("statistics.last_admin_reply_at")
                .Date("statistics.last_close_at")
                .Text("statistics.last_closed_by_id")
                .Integer("statistics.count_reopens")
                .Integer("statistics.count_assignments")
                .Integer("statistics.count_conversation_parts")
                .Date("conversation_rating.requested_at")
                .Date("conversation_rating.replied_at")
                .Integer("conversation_rating.score", c => c.ConversationRating?.Rating)
                .Text("conversation_rating.remark", c => c.ConversationRating?.Remark)
                .Text("conversation_rating.contact_id")
                // The docs spell it admin_d; the field is admin_id.
                .Text("conversation_rating.admin_id")
                .Boolean("ai_agent_participated", c => c.AiAgentParticipated)
                .Text("ai_agent.resolution_state")
                .Text("ai_agent.last_answer_type")
                .Integer("ai_agent.rating")
                .Text("ai_agent.rating_remark")
                .Text("ai_agent.source_type")
                .Text("ai_agent.source_title")
                .Attributes("custom_attributes", c => c.CustomAttributes),
                itemsMember: "conversations");
    }
}
