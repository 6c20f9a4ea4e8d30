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
        /// Changes: created on behalf of a contact, updated (title, read state, custom attributes), replied to, managed
        /// (closed, opened, snoozed, assigned: each a new part), tagged and untagged, deleted, merged, converted to
        /// tickets, contacts attached and detached, parts redacted. The create answers with the message that opened the
        /// conversation (a <see cref="Message"/>, whose ConversationId names it); merge's path names the conversation {id}.
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
                itemsMember: "conversations")
            .Gets("conversations/{conversation_id}")
            .Lists("conversations", PagingKind.Cursor, "conversations", maxPageSize: 150)
            .CachedById()
            .Creates("conversations", false, "from.type=FromType", "from.id=ContactId", "body", "subject", "attachment_urls=AttachmentUrl", "brand_id")
            .Updates("conversations/{conversation_id}")
            .Deletes("conversations/{conversation_id}")
            // Replies and parts (close, open, snooze, assignment) each add a part: never resent once they may have arrived.
            .Acts("reply", "POST", "conversations/{conversation_id}/reply")
            .Acts("manage", "POST", "conversations/{conversation_id}/parts")
            // Applying a tag twice leaves one tag, so the request may be resent.
            .Acts("tag", "POST", "conversations/{conversation_id}/tags", retryable: true)
            .Acts("untag", "DELETE", "conversations/{conversation_id}/tags/{tag_id}")
            .Acts("redact", "POST", "conversations/redact", true, "conversation_id", "conversation_part_id=PartId", "source_id")
            .Acts("attach_contact", "POST", "conversations/{conversation_id}/customers", false, "admin_id", "customer.intercom_user_id=ContactId", "customer.email=Email")
            .Acts("detach_contact", "DELETE", "conversations/{conversation_id}/customers/{contact_id}", true, "admin_id")
            .Acts("convert", "POST", "conversations/{conversation_id}/convert", false, "ticket_type_id", "ticket_state_id", "attributes=Attribute")
            .Acts("merge", "POST", "conversations/{id}/merge", false, "merge_into_conversation_id=IntoConversationId");

        /// <summary>Ids of deleted conversations (to reconcile exports): newest first unless asked otherwise.</summary>
        public static readonly ResourceDescriptor<DeletedConversationItem> DeletedConversations = new ResourceDescriptor<DeletedConversationItem>("DeletedConversation", "conversation_id")
            .Lists("conversations/deleted", PagingKind.PageNumber, "conversations")
            .Shows(new[] { "Id:16", "DeletedAt=Deleted:22", "MetricsRetained" });

        /// <summary>Side conversations of a conversation (internal threads with people outside it), under its {id}.</summary>
        public static readonly ResourceDescriptor<SideConversationSummary> SideConversations = new ResourceDescriptor<SideConversationSummary>("SideConversation", "side_conversation_id", item => item.SideConversationId)
            .Lists("conversations/{id}/side_conversations", PagingKind.PageNumber, "side_conversations")
            .Shows(new[] { "SideConversationId=Id:16", "TotalCount=Parts:6" });
    }
}
