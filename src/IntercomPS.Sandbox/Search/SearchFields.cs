using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox.Search
{
    /// <summary>
    /// The searchable fields, following the "Accepted Fields" tables of Intercom's contact and conversation search
    /// documentation (types as documented; multi-valued fields match when any of their values does).
    /// </summary>
    internal static class SearchFields
    {
        public static readonly IReadOnlyDictionary<string, FieldType> ContactCustomAttributes = new Dictionary<string, FieldType>
        {
            ["plan"] = FieldType.String,
            ["seats"] = FieldType.Integer,
            ["beta_tester"] = FieldType.Boolean,
        };

        public static readonly IReadOnlyDictionary<string, FieldType> ConversationCustomAttributes = new Dictionary<string, FieldType>
        {
            ["issue_type"] = FieldType.String,
            ["order_count"] = FieldType.Integer,
            ["vip"] = FieldType.Boolean,
        };

        public static FieldCatalog<ContactRecord> ForContacts(WorkspaceState state)
        {
            var fields = new FieldCatalog<ContactRecord>(c => c.CustomAttributes, ContactCustomAttributes);
            fields.Add("id", FieldType.String, c => c.Id)
                .Add("role", FieldType.String, c => c.Role)
                .Add("name", FieldType.String, c => c.Name)
                .Add("avatar", FieldType.String, c => c.AvatarUrl)
                .Add("owner_id", FieldType.String, c => c.OwnerId)
                .Add("email", FieldType.String, c => c.Email)
                .Add("email_domain", FieldType.String, c => c.EmailDomain)
                .Add("phone", FieldType.String, c => c.Phone)
                .Add("formatted_phone", FieldType.String, c => c.Phone)
                .Add("external_id", FieldType.String, c => c.ExternalId)
                .Add("created_at", FieldType.Date, c => c.CreatedAt)
                .Add("signed_up_at", FieldType.Date, c => Box(c.SignedUpAt))
                .Add("updated_at", FieldType.Date, c => c.UpdatedAt)
                .Add("last_seen_at", FieldType.Date, c => Box(c.LastSeenAt))
                .Add("last_contacted_at", FieldType.Date, c => Box(c.LastContactedAt))
                .Add("last_replied_at", FieldType.Date, c => Box(c.LastRepliedAt))
                .Add("last_email_opened_at", FieldType.Date, c => Box(c.LastEmailOpenedAt))
                .Add("last_email_clicked_at", FieldType.Date, c => Box(c.LastEmailClickedAt))
                .Add("language_override", FieldType.String, c => c.LanguageOverride)
                .Add("browser", FieldType.String, c => c.Browser)
                .Add("browser_language", FieldType.String, c => c.BrowserLanguage)
                .Add("os", FieldType.String, c => c.Os)
                .Add("location.country", FieldType.String, c => c.Location < 0 ? null : Vocabulary.Locations[c.Location][0])
                .Add("location.region", FieldType.String, c => c.Location < 0 ? null : Vocabulary.Locations[c.Location][1])
                .Add("location.city", FieldType.String, c => c.Location < 0 ? null : Vocabulary.Locations[c.Location][2])
                .Add("unsubscribed_from_emails", FieldType.Boolean, c => c.UnsubscribedFromEmails)
                .Add("marked_email_as_spam", FieldType.Boolean, c => c.MarkedEmailAsSpam)
                .Add("has_hard_bounced", FieldType.Boolean, c => c.HasHardBounced)
                .Add("segment_id", FieldType.StringList, c => state.Catalog.Segments.Where(s => state.Catalog.IsInSegment(c, s)).Select(s => s.Id).ToList())
                .Add("tag_id", FieldType.TagId, c => state.LiveTagIds(c.Tags));
            // Documented mobile fields; generated contacts never used the mobile SDKs, so they are always empty.
            foreach (var name in new[] { "ios_app_version", "ios_device", "ios_app_device", "ios_os_version", "ios_app_name", "ios_sdk_version",
                         "android_app_version", "android_device", "android_app_name", "andoid_sdk_version" })
            {
                fields.Add(name, FieldType.String, c => null);
            }
            fields.Add("ios_last_seen_at", FieldType.Date, c => null).Add("android_last_seen_at", FieldType.Date, c => null);
            return fields;
        }

        public static FieldCatalog<ConversationRecord> ForConversations(WorkspaceState state)
        {
            var fields = new FieldCatalog<ConversationRecord>(c => c.CustomAttributes, ConversationCustomAttributes);
            fields.Add("id", FieldType.String, c => c.Id)
                .Add("created_at", FieldType.Date, c => c.CreatedAt)
                .Add("updated_at", FieldType.Date, c => c.UpdatedAt)
                .Add("waiting_since", FieldType.Date, c => Box(c.WaitingSince))
                .Add("snoozed_until", FieldType.Date, c => Box(c.SnoozedUntil))
                .Add("title", FieldType.String, c => c.Title)
                .Add("source.type", FieldType.String, c => c.Source.Type)
                .Add("source.id", FieldType.String, c => c.Source.Id)
                .Add("source.delivered_as", FieldType.String, c => c.Source.DeliveredAs)
                .Add("source.subject", FieldType.String, c => c.Source.Subject)
                .Add("source.body", FieldType.Words, c => c.Source.Body)
                .Add("source.author.id", FieldType.String, c => c.Source.AuthorId)
                .Add("source.author.type", FieldType.String, c => c.Source.AuthorType)
                .Add("source.author.name", FieldType.String, c => c.Source.AuthorName)
                .Add("source.author.email", FieldType.String, c => c.Source.AuthorEmail)
                .Add("source.url", FieldType.String, c => c.Source.Url)
                .Add("contact_ids", FieldType.StringList, c => c.ContactIds)
                .Add("teammate_ids", FieldType.StringList, c => c.TeammateIds)
                .Add("admin_assignee_id", FieldType.Integer, c => c.AdminAssigneeId)
                .Add("team_assignee_id", FieldType.Integer, c => c.TeamAssigneeId)
                .Add("open", FieldType.Boolean, c => c.Open)
                .Add("read", FieldType.Boolean, c => c.Read)
                .Add("state", FieldType.String, c => c.State)
                .Add("priority", FieldType.String, c => c.Priority)
                .Add("tag_ids", FieldType.StringList, c => state.LiveTagIds(c.Tags))
                .Add("ai_agent_participated", FieldType.Boolean, c => false)
                .Add("statistics.time_to_assignment", FieldType.Integer, c => Box(c.Statistics.TimeToAssignment))
                .Add("statistics.time_to_admin_reply", FieldType.Integer, c => Box(c.Statistics.TimeToAdminReply))
                .Add("statistics.time_to_first_close", FieldType.Integer, c => Box(c.Statistics.TimeToFirstClose))
                .Add("statistics.time_to_last_close", FieldType.Integer, c => Box(c.Statistics.TimeToLastClose))
                .Add("statistics.median_time_to_reply", FieldType.Integer, c => Box(c.Statistics.MedianTimeToReply))
                .Add("statistics.first_contact_reply_at", FieldType.Date, c => Box(c.Statistics.FirstContactReplyAt))
                .Add("statistics.first_assignment_at", FieldType.Date, c => Box(c.Statistics.FirstAssignmentAt))
                .Add("statistics.first_admin_reply_at", FieldType.Date, c => Box(c.Statistics.FirstAdminReplyAt))
                .Add("statistics.first_close_at", FieldType.Date, c => Box(c.Statistics.FirstCloseAt))
                .Add("statistics.last_assignment_at", FieldType.Date, c => Box(c.Statistics.LastAssignmentAt))
                .Add("statistics.last_assignment_admin_reply_at", FieldType.Date, c => Box(c.Statistics.LastAssignmentAdminReplyAt))
                .Add("statistics.last_contact_reply_at", FieldType.Date, c => Box(c.Statistics.LastContactReplyAt))
                .Add("statistics.last_admin_reply_at", FieldType.Date, c => Box(c.Statistics.LastAdminReplyAt))
                .Add("statistics.last_close_at", FieldType.Date, c => Box(c.Statistics.LastCloseAt))
                .Add("statistics.last_closed_by_id", FieldType.String, c => c.Statistics.LastClosedById)
                .Add("statistics.count_reopens", FieldType.Integer, c => (long)c.Statistics.CountReopens)
                .Add("statistics.count_assignments", FieldType.Integer, c => (long)c.Statistics.CountAssignments)
                .Add("statistics.count_conversation_parts", FieldType.Integer, c => (long)(c.Statistics.CountConversationParts))
                .Add("conversation_rating.requested_at", FieldType.Date, c => c.Rating == null ? null : (object)c.Rating.CreatedAt)
                .Add("conversation_rating.replied_at", FieldType.Date, c => c.Rating == null ? null : (object)c.Rating.UpdatedAt)
                .Add("conversation_rating.score", FieldType.Integer, c => c.Rating == null ? null : (object)(long)c.Rating.Rating)
                .Add("conversation_rating.remark", FieldType.String, c => c.Rating?.Remark)
                .Add("conversation_rating.contact_id", FieldType.String, c => c.Rating?.ContactId)
                .Add("conversation_rating.admin_id", FieldType.String, c => c.Rating?.TeammateId);
            return fields;
        }

        private static object? Box(long? value) => value.HasValue ? (object)value.Value : null;
    }
}
