using System.Text;
using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox.Json
{
    /// <summary>Conversations and their parts in the shapes of Intercom's OpenAPI 2.16.</summary>
    internal static class ConversationJson
    {
        /// <summary>conversation (withParts) or conversation_list_item (lists and searches carry no parts).</summary>
        public static void Conversation(Utf8JsonWriter w, WorkspaceState state, ConversationRecord c, bool withParts, bool plainText = false)
        {
            w.WriteStartTyped(null, "conversation", c.Id);
            w.WriteNullableString("title", c.Title);
            w.WriteNumber("created_at", c.CreatedAt);
            w.WriteNumber("updated_at", c.UpdatedAt);
            w.WriteNullableNumber("waiting_since", c.WaitingSince);
            w.WriteNullableNumber("snoozed_until", c.SnoozedUntil);

            var source = c.Source;
            w.WriteStartTyped("source", source.Type, source.Id);
            w.WriteString("delivered_as", source.DeliveredAs);
            w.WriteString("subject", Text(source.Subject, plainText));
            w.WriteString("body", Text(source.Body, plainText));
            w.WriteAuthor(source.AuthorType, source.AuthorId, source.AuthorName, source.AuthorEmail);
            w.WriteEmptyArray("attachments");
            w.WriteNullableString("url", source.Url);
            w.WriteBoolean("redacted", false);
            w.WriteEndObject();

            w.WriteTypedList("contacts", "contact.list", () =>
            {
                foreach (var contactId in c.ContactIds)
                {
                    w.WriteStartTyped(null, "contact", contactId);
                    w.WriteNullableString("external_id", state.ContactExternalId(contactId));
                    w.WriteEndObject();
                }
            });

            if (c.FirstContactReplyAt.HasValue)
            {
                w.WriteStartObject("first_contact_reply");
                w.WriteNumber("created_at", c.FirstContactReplyAt.Value);
                w.WriteString("type", source.Type == "email" ? "email" : "conversation");
                w.WriteNull("url");
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("first_contact_reply");
            }
            w.WriteNumber("admin_assignee_id", c.AdminAssigneeId);
            w.WriteNumber("team_assignee_id", c.TeamAssigneeId);
            w.WriteBoolean("open", c.Open);
            w.WriteString("state", c.State);
            w.WriteBoolean("read", c.Read);

            w.WriteTypedList("tags", "tag.list", () => WorkspaceJson.AppliedTags(w, state.Catalog, c.Tags));

            w.WriteString("priority", c.Priority);
            w.WriteNull("sla_applied");
            Statistics(w, c.Statistics);
            Rating(w, c.Rating);

            w.WriteTypedList("teammates", "admin.list", () =>
            {
                foreach (var adminId in c.TeammateIds) w.WriteReference(null, "admin", adminId);
            });

            w.WriteAttributes("custom_attributes", c.CustomAttributes);
            w.WriteEmptyObject("topics");
            w.WriteNull("ticket");
            w.WriteDataList("linked_objects", () => { }, () =>
            {
                w.WriteNumber("total_count", 0);
                w.WriteBoolean("has_more", false);
            });
            w.WriteNull("ai_agent");
            w.WriteBoolean("ai_agent_participated", false);
            w.WriteNullableObject("company", state.Catalog.FindCompany(c.CompanyId), company => WorkspaceJson.Company(w, state, company));
            w.WriteEmptyArray("external_references");

            if (withParts)
            {
                var total = c.GeneratedPartCount + c.AddedParts.Count;
                var parts = state.PartsOf(c, ConversationGenerator.MaxPartsReturned);
                w.WriteTypedList("conversation_parts", "conversation_part.list",
                    () => { foreach (var part in parts) Part(w, part, plainText); },
                    () => w.WriteNumber("total_count", total));
            }
            w.WriteEndObject();
        }

        private static void Part(Utf8JsonWriter w, PartRecord part, bool plainText)
        {
            w.WriteStartTyped(null, "conversation_part", part.Id);
            w.WriteString("part_type", part.PartType);
            w.WriteNullableString("body", part.Body == null ? null : Text(part.Body, plainText));
            w.WriteNumber("created_at", part.CreatedAt);
            w.WriteNumber("updated_at", part.CreatedAt);
            w.WriteNumber("notified_at", part.CreatedAt);
            w.WriteNullableObject("assigned_to", part.AssignedToId, id => w.WriteReference(null, part.AssignedToType ?? "admin", id));
            w.WriteAuthor(part.AuthorType, part.AuthorId, part.AuthorName, part.AuthorEmail);
            w.WriteEmptyArray("attachments");
            w.WriteNull("external_id");
            w.WriteBoolean("redacted", false);
            w.WriteEmptyObject("metadata");
            w.WriteNull("email_message_metadata");
            w.WriteString("state", part.State);
            w.WriteEmptyArray("tags");
            w.WriteNull("event_details");
            w.WriteNull("app_package_code");
            w.WriteEndObject();
        }

        private static void Statistics(Utf8JsonWriter w, StatisticsRecord s)
        {
            w.WriteStartObject("statistics");
            w.WriteString("type", "conversation_statistics");
            w.WriteNullableNumber("time_to_assignment", s.TimeToAssignment);
            w.WriteNullableNumber("time_to_admin_reply", s.TimeToAdminReply);
            w.WriteNullableNumber("time_to_first_close", s.TimeToFirstClose);
            w.WriteNullableNumber("time_to_last_close", s.TimeToLastClose);
            w.WriteNullableNumber("median_time_to_reply", s.MedianTimeToReply);
            w.WriteNullableNumber("first_contact_reply_at", s.FirstContactReplyAt);
            w.WriteNullableNumber("first_assignment_at", s.FirstAssignmentAt);
            w.WriteNullableNumber("first_admin_reply_at", s.FirstAdminReplyAt);
            w.WriteNullableNumber("first_close_at", s.FirstCloseAt);
            w.WriteNullableNumber("last_assignment_at", s.LastAssignmentAt);
            w.WriteNullableNumber("last_assignment_admin_reply_at", s.LastAssignmentAdminReplyAt);
            w.WriteNullableNumber("last_contact_reply_at", s.LastContactReplyAt);
            w.WriteNullableNumber("last_admin_reply_at", s.LastAdminReplyAt);
            w.WriteNullableNumber("last_close_at", s.LastCloseAt);
            w.WriteNullableString("last_closed_by_id", s.LastClosedById);
            w.WriteNumber("count_reopens", s.CountReopens);
            w.WriteNumber("count_assignments", s.CountAssignments);
            w.WriteNumber("count_conversation_parts", s.CountConversationParts);
            w.WriteEndObject();
        }

        private static void Rating(Utf8JsonWriter w, RatingRecord? rating) =>
            w.WriteNullableObject("conversation_rating", rating, given =>
            {
                w.WriteStartObject();
                w.WriteNumber("rating", given.Rating);
                w.WriteString("remark", given.Remark);
                w.WriteNumber("created_at", given.CreatedAt);
                w.WriteNumber("updated_at", given.UpdatedAt);
                w.WriteReference("contact", "contact", given.ContactId);
                w.WriteReference("teammate", "admin", given.TeammateId);
                w.WriteEndObject();
            });

        /// <summary>display_as=plaintext: markup removed, as the API renders bodies and subjects then.</summary>
        private static string Text(string html, bool plainText)
        {
            if (!plainText) return html;
            var text = new StringBuilder(html.Length);
            var inTag = false;
            foreach (var c in html)
            {
                if (c == '<') inTag = true;
                else if (c == '>') inTag = false;
                else if (!inTag) text.Append(c);
            }
            return text.ToString();
        }
    }
}
