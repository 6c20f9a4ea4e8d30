using System;
using System.Collections.Generic;
using System.Linq;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// The JSON mapping of every model, from Intercom's OpenAPI 2.16 schemas. Members are listed in the order the API
    /// sends them, which makes matching a member to its field a single comparison most of the time.
    /// </summary>
    /// <remarks>
    /// Static fields initialize in textual order: a schema must come after the schemas it nests.
    /// </remarks>
    internal static class Schemas
    {
        private static readonly FlexibleStringConverter Text = FlexibleStringConverter.Instance;
        private static readonly UnixTimestampConverter Timestamp = UnixTimestampConverter.Instance;
        private static readonly FlexibleBooleanConverter Boolean = FlexibleBooleanConverter.Instance;
        private static readonly FlexibleInt32Converter Int32 = FlexibleInt32Converter.Instance;
        private static readonly FlexibleInt64Converter Int64 = FlexibleInt64Converter.Instance;
        private static readonly FlexibleDoubleConverter Double = FlexibleDoubleConverter.Instance;
        private static readonly FlexibleStringListConverter TextList = FlexibleStringListConverter.Instance;
        private static readonly PlainObjectConverter PlainObject = PlainObjectConverter.Instance;
        private static readonly AvatarUrlConverter AvatarUrl = AvatarUrlConverter.Instance;

        public static readonly ModelSchema<ObjectReference> ObjectReference = new ModelSchema<ObjectReference>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("name", Text, m => m.Name, (m, v) => m.Name = v)
            .Map("url", Text, m => m.Url, (m, v) => m.Url = v);

        public static readonly ModelSchema<ContactReference> ContactReference = new ModelSchema<ContactReference>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("external_id", Text, m => m.ExternalId, (m, v) => m.ExternalId = v);

        public static readonly ModelSchema<Tag> Tag = new ModelSchema<Tag>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("name", Text, m => m.Name, (m, v) => m.Name = v)
            .Map("applied_at", Timestamp, m => m.AppliedAt, (m, v) => m.AppliedAt = v)
            .Map("applied_by", ObjectReference.Converter, m => m.AppliedBy, (m, v) => m.AppliedBy = v);

        public static readonly ModelSchema<Segment> Segment = new ModelSchema<Segment>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("name", Text, m => m.Name, (m, v) => m.Name = v)
            .Map("created_at", Timestamp, m => m.CreatedAt, (m, v) => m.CreatedAt = v)
            .Map("updated_at", Timestamp, m => m.UpdatedAt, (m, v) => m.UpdatedAt = v)
            .Map("person_type", Text, m => m.PersonType, (m, v) => m.PersonType = v)
            .Map("count", Int64, m => m.Count, (m, v) => m.Count = v);

        public static readonly ModelSchema<Attachment> Attachment = new ModelSchema<Attachment>()
            .Map("name", Text, m => m.Name, (m, v) => m.Name = v)
            .Map("url", Text, m => m.Url, (m, v) => m.Url = v)
            .Map("content_type", Text, m => m.ContentType, (m, v) => m.ContentType = v)
            .Map("filesize", Int64, m => m.FileSize, (m, v) => m.FileSize = v)
            .Map("width", Int32, m => m.Width, (m, v) => m.Width = v)
            .Map("height", Int32, m => m.Height, (m, v) => m.Height = v);

        public static readonly ModelSchema<ConversationAuthor> ConversationAuthor = new ModelSchema<ConversationAuthor>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("name", Text, m => m.Name, (m, v) => m.Name = v)
            .Map("email", Text, m => m.Email, (m, v) => m.Email = v)
            .Map("from_ai_agent", Boolean, m => m.FromAiAgent, (m, v) => m.FromAiAgent = v)
            .Map("is_ai_answer", Boolean, m => m.IsAiAnswer, (m, v) => m.IsAiAnswer = v);

        private static readonly EmbeddedListConverter<Attachment> Attachments =
            new EmbeddedListConverter<Attachment>(Attachment.Converter, "attachments");

        private static readonly EmbeddedListConverter<Tag> TagList = new EmbeddedListConverter<Tag>(Tag.Converter, "tags");

        public static readonly ModelSchema<ConversationSource> ConversationSource = new ModelSchema<ConversationSource>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("delivered_as", Text, m => m.DeliveredAs, (m, v) => m.DeliveredAs = v)
            .Map("subject", Text, m => m.Subject, (m, v) => m.Subject = v)
            .Map("body", Text, m => m.Body, (m, v) => m.Body = v)
            .Map("author", ConversationAuthor.Converter, m => m.Author, (m, v) => m.Author = v)
            .Map("attachments", Attachments, m => m.Attachments, (m, v) => m.Attachments = v)
            .Map("url", Text, m => m.Url, (m, v) => m.Url = v)
            .Map("redacted", Boolean, m => m.Redacted, (m, v) => m.Redacted = v);

        public static readonly ModelSchema<ConversationPart> ConversationPart = new ModelSchema<ConversationPart>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("part_type", Text, m => m.PartType, (m, v) => m.PartType = v)
            .Map("body", Text, m => m.Body, (m, v) => m.Body = v)
            .Map("created_at", Timestamp, m => m.CreatedAt, (m, v) => m.CreatedAt = v)
            .Map("updated_at", Timestamp, m => m.UpdatedAt, (m, v) => m.UpdatedAt = v)
            .Map("notified_at", Timestamp, m => m.NotifiedAt, (m, v) => m.NotifiedAt = v)
            .Map("assigned_to", ObjectReference.Converter, m => m.AssignedTo, (m, v) => m.AssignedTo = v)
            .Map("author", ConversationAuthor.Converter, m => m.Author, (m, v) => m.Author = v)
            .Map("attachments", Attachments, m => m.Attachments, (m, v) => m.Attachments = v)
            .Map("external_id", Text, m => m.ExternalId, (m, v) => m.ExternalId = v)
            .Map("redacted", Boolean, m => m.Redacted, (m, v) => m.Redacted = v)
            .Map("state", Text, m => m.State, (m, v) => m.State = v)
            .Map("tags", TagList, m => m.Tags, (m, v) => m.Tags = v)
            .Map("app_package_code", Text, m => m.AppPackageCode, (m, v) => m.AppPackageCode = v);

        public static readonly ModelSchema<ConversationStatistics> ConversationStatistics = new ModelSchema<ConversationStatistics>()
            .Map("time_to_assignment", Int64, m => m.TimeToAssignment, (m, v) => m.TimeToAssignment = v)
            .Map("time_to_admin_reply", Int64, m => m.TimeToAdminReply, (m, v) => m.TimeToAdminReply = v)
            .Map("time_to_first_close", Int64, m => m.TimeToFirstClose, (m, v) => m.TimeToFirstClose = v)
            .Map("time_to_last_close", Int64, m => m.TimeToLastClose, (m, v) => m.TimeToLastClose = v)
            .Map("median_time_to_reply", Int64, m => m.MedianTimeToReply, (m, v) => m.MedianTimeToReply = v)
            .Map("first_contact_reply_at", Timestamp, m => m.FirstContactReplyAt, (m, v) => m.FirstContactReplyAt = v)
            .Map("first_assignment_at", Timestamp, m => m.FirstAssignmentAt, (m, v) => m.FirstAssignmentAt = v)
            .Map("first_admin_reply_at", Timestamp, m => m.FirstAdminReplyAt, (m, v) => m.FirstAdminReplyAt = v)
            .Map("first_close_at", Timestamp, m => m.FirstCloseAt, (m, v) => m.FirstCloseAt = v)
            .Map("last_assignment_at", Timestamp, m => m.LastAssignmentAt, (m, v) => m.LastAssignmentAt = v)
            .Map("last_assignment_admin_reply_at", Timestamp, m => m.LastAssignmentAdminReplyAt, (m, v) => m.LastAssignmentAdminReplyAt = v)
            .Map("last_contact_reply_at", Timestamp, m => m.LastContactReplyAt, (m, v) => m.LastContactReplyAt = v)
            .Map("last_admin_reply_at", Timestamp, m => m.LastAdminReplyAt, (m, v) => m.LastAdminReplyAt = v)
            .Map("last_close_at", Timestamp, m => m.LastCloseAt, (m, v) => m.LastCloseAt = v)
            .Map("last_closed_by_id", Text, m => m.LastClosedById, (m, v) => m.LastClosedById = v)
            .Map("count_reopens", Int32, m => m.CountReopens, (m, v) => m.CountReopens = v)
            .Map("count_assignments", Int32, m => m.CountAssignments, (m, v) => m.CountAssignments = v)
            .Map("count_conversation_parts", Int32, m => m.CountConversationParts, (m, v) => m.CountConversationParts = v)
            .Map("handling_time", Int64, m => m.HandlingTime, (m, v) => m.HandlingTime = v)
            .Map("adjusted_handling_time", Int64, m => m.AdjustedHandlingTime, (m, v) => m.AdjustedHandlingTime = v);

        public static readonly ModelSchema<ConversationRating> ConversationRating = new ModelSchema<ConversationRating>()
            .Map("rating", Int32, m => m.Rating, (m, v) => m.Rating = v)
            .Map("remark", Text, m => m.Remark, (m, v) => m.Remark = v)
            .Map("created_at", Timestamp, m => m.CreatedAt, (m, v) => m.CreatedAt = v)
            .Map("updated_at", Timestamp, m => m.UpdatedAt, (m, v) => m.UpdatedAt = v)
            .Map("contact", ContactReference.Converter, m => m.Contact, (m, v) => m.Contact = v)
            .Map("teammate", ObjectReference.Converter, m => m.Teammate, (m, v) => m.Teammate = v);

        public static readonly ModelSchema<SlaApplied> SlaApplied = new ModelSchema<SlaApplied>()
            .Map("sla_name", Text, m => m.SlaName, (m, v) => m.SlaName = v)
            .Map("sla_status", Text, m => m.SlaStatus, (m, v) => m.SlaStatus = v);

        public static readonly ModelSchema<ConversationFirstContactReply> ConversationFirstContactReply =
            new ModelSchema<ConversationFirstContactReply>()
                .Map("created_at", Timestamp, m => m.CreatedAt, (m, v) => m.CreatedAt = v)
                .Map("url", Text, m => m.Url, (m, v) => m.Url = v);

        public static readonly ModelSchema<Company> Company = new ModelSchema<Company>()
            .Map("company_id", Text, m => m.CompanyId, (m, v) => m.CompanyId = v)
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("app_id", Text, m => m.AppId, (m, v) => m.AppId = v)
            .Map("name", Text, m => m.Name, (m, v) => m.Name = v)
            .Map("remote_created_at", Timestamp, m => m.RemoteCreatedAt, (m, v) => m.RemoteCreatedAt = v)
            .Map("created_at", Timestamp, m => m.CreatedAt, (m, v) => m.CreatedAt = v)
            .Map("updated_at", Timestamp, m => m.UpdatedAt, (m, v) => m.UpdatedAt = v)
            .Map("last_request_at", Timestamp, m => m.LastRequestAt, (m, v) => m.LastRequestAt = v)
            .Map("size", Int64, m => m.Size, (m, v) => m.Size = v)
            .Map("website", Text, m => m.Website, (m, v) => m.Website = v)
            .Map("industry", Text, m => m.Industry, (m, v) => m.Industry = v)
            .Map("monthly_spend", Double, m => m.MonthlySpend, (m, v) => m.MonthlySpend = v)
            .Map("session_count", Int64, m => m.SessionCount, (m, v) => m.SessionCount = v)
            .Map("user_count", Int64, m => m.UserCount, (m, v) => m.UserCount = v)
            .Map("tags", TagList, m => m.Tags, (m, v) => m.Tags = v)
            .Map("segments", new EmbeddedListConverter<Segment>(Segment.Converter, "segments"), m => m.Segments, (m, v) => m.Segments = v)
            .Map("plan", ObjectReference.Converter, m => m.Plan, (m, v) => m.Plan = v)
            .Map("custom_attributes", PlainObject, m => m.CustomAttributes, (m, v) => m.CustomAttributes = v);

        public static readonly ModelSchema<ContactLocation> ContactLocation = new ModelSchema<ContactLocation>()
            .Map("country", Text, m => m.Country, (m, v) => m.Country = v)
            .Map("region", Text, m => m.Region, (m, v) => m.Region = v)
            .Map("city", Text, m => m.City, (m, v) => m.City = v)
            .Map("country_code", Text, m => m.CountryCode, (m, v) => m.CountryCode = v)
            .Map("continent_code", Text, m => m.ContinentCode, (m, v) => m.ContinentCode = v);

        public static readonly ModelSchema<Contact> Contact = new ModelSchema<Contact>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("workspace_id", Text, m => m.WorkspaceId, (m, v) => m.WorkspaceId = v)
            .Map("external_id", Text, m => m.ExternalId, (m, v) => m.ExternalId = v)
            .Map("role", Text, m => m.Role, (m, v) => m.Role = v)
            .Map("email", Text, m => m.Email, (m, v) => m.Email = v)
            .Map("email_domain", Text, m => m.EmailDomain, (m, v) => m.EmailDomain = v)
            .Map("phone", Text, m => m.Phone, (m, v) => m.Phone = v)
            .Map("name", Text, m => m.Name, (m, v) => m.Name = v)
            .Map("avatar", AvatarUrl, m => m.Avatar, (m, v) => m.Avatar = v)
            .Map("owner_id", Text, m => m.OwnerId, (m, v) => m.OwnerId = v)
            .Map("has_hard_bounced", Boolean, m => m.HasHardBounced, (m, v) => m.HasHardBounced = v)
            .Map("marked_email_as_spam", Boolean, m => m.MarkedEmailAsSpam, (m, v) => m.MarkedEmailAsSpam = v)
            .Map("unsubscribed_from_emails", Boolean, m => m.UnsubscribedFromEmails, (m, v) => m.UnsubscribedFromEmails = v)
            .Map("created_at", Timestamp, m => m.CreatedAt, (m, v) => m.CreatedAt = v)
            .Map("updated_at", Timestamp, m => m.UpdatedAt, (m, v) => m.UpdatedAt = v)
            .Map("signed_up_at", Timestamp, m => m.SignedUpAt, (m, v) => m.SignedUpAt = v)
            .Map("last_seen_at", Timestamp, m => m.LastSeenAt, (m, v) => m.LastSeenAt = v)
            .Map("last_replied_at", Timestamp, m => m.LastRepliedAt, (m, v) => m.LastRepliedAt = v)
            .Map("last_contacted_at", Timestamp, m => m.LastContactedAt, (m, v) => m.LastContactedAt = v)
            .Map("last_email_opened_at", Timestamp, m => m.LastEmailOpenedAt, (m, v) => m.LastEmailOpenedAt = v)
            .Map("last_email_clicked_at", Timestamp, m => m.LastEmailClickedAt, (m, v) => m.LastEmailClickedAt = v)
            .Map("language_override", Text, m => m.LanguageOverride, (m, v) => m.LanguageOverride = v)
            .Map("browser", Text, m => m.Browser, (m, v) => m.Browser = v)
            .Map("browser_version", Text, m => m.BrowserVersion, (m, v) => m.BrowserVersion = v)
            .Map("browser_language", Text, m => m.BrowserLanguage, (m, v) => m.BrowserLanguage = v)
            .Map("os", Text, m => m.Os, (m, v) => m.Os = v)
            .Map("location", ContactLocation.Converter, m => m.Location, (m, v) => m.Location = v)
            .Map("custom_attributes", PlainObject, m => m.CustomAttributes, (m, v) => m.CustomAttributes = v)
            .Map("tags", new EmbeddedListConverter<Tag>(Tag.Converter, "data"), m => m.Tags, (m, v) => m.Tags = v)
            .Map("notes", new EmbeddedListConverter<ObjectReference>(ObjectReference.Converter, "data"), m => m.Notes, (m, v) => m.Notes = v)
            .Map("companies", new EmbeddedListConverter<Company>(Company.Converter, "data"), m => m.Companies, (m, v) => m.Companies = v);

        public static readonly ModelSchema<App> App = new ModelSchema<App>()
            .Map("id_code", Text, m => m.IdCode, (m, v) => m.IdCode = v)
            .Map("name", Text, m => m.Name, (m, v) => m.Name = v)
            .Map("created_at", Timestamp, m => m.CreatedAt, (m, v) => m.CreatedAt = v)
            .Map("identity_verification", Boolean, m => m.IdentityVerification, (m, v) => m.IdentityVerification = v)
            .Map("timezone", Text, m => m.Timezone, (m, v) => m.Timezone = v)
            .Map("region", Text, m => m.Region, (m, v) => m.Region = v);

        public static readonly ModelSchema<Admin> Admin = new ModelSchema<Admin>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("email", Text, m => m.Email, (m, v) => m.Email = v)
            .Map("name", Text, m => m.Name, (m, v) => m.Name = v)
            .Map("email_verified", Boolean, m => m.EmailVerified, (m, v) => m.EmailVerified = v)
            .Map("app", App.Converter, m => m.App, (m, v) => m.App = v)
            .Map("avatar", AvatarUrl, m => m.Avatar, (m, v) => m.Avatar = v)
            .Map("job_title", Text, m => m.JobTitle, (m, v) => m.JobTitle = v)
            .Map("away_mode_enabled", Boolean, m => m.AwayModeEnabled, (m, v) => m.AwayModeEnabled = v)
            .Map("away_mode_reassign", Boolean, m => m.AwayModeReassign, (m, v) => m.AwayModeReassign = v)
            .Map("away_status_reason_id", Text, m => m.AwayStatusReasonId, (m, v) => m.AwayStatusReasonId = v)
            .Map("has_inbox_seat", Boolean, m => m.HasInboxSeat, (m, v) => m.HasInboxSeat = v)
            .Map("team_ids", TextList, m => m.TeamIds, (m, v) => m.TeamIds = v)
            .Map("role", ObjectReference.Converter, m => m.Role, (m, v) => m.Role = v);

        public static readonly ModelSchema<Team> Team = new ModelSchema<Team>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("name", Text, m => m.Name, (m, v) => m.Name = v)
            .Map("admin_ids", TextList, m => m.AdminIds, (m, v) => m.AdminIds = v)
            .Map("assignment_limit", Int32, m => m.AssignmentLimit, (m, v) => m.AssignmentLimit = v)
            .Map("distribution_method", Text, m => m.DistributionMethod, (m, v) => m.DistributionMethod = v);

        public static readonly ModelSchema<DataAttribute> DataAttribute = new ModelSchema<DataAttribute>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("name", Text, m => m.Name, (m, v) => m.Name = v)
            .Map("full_name", Text, m => m.FullName, (m, v) => m.FullName = v)
            .Map("label", Text, m => m.Label, (m, v) => m.Label = v)
            .Map("description", Text, m => m.Description, (m, v) => m.Description = v)
            .Map("data_type", Text, m => m.DataType, (m, v) => m.DataType = v)
            .Map("options", TextList, m => m.Options, (m, v) => m.Options = v)
            .Map("api_writable", Boolean, m => m.ApiWritable, (m, v) => m.ApiWritable = v)
            .Map("ui_writable", Boolean, m => m.UiWritable, (m, v) => m.UiWritable = v)
            .Map("messenger_writable", Boolean, m => m.MessengerWritable, (m, v) => m.MessengerWritable = v)
            .Map("custom", Boolean, m => m.Custom, (m, v) => m.Custom = v)
            .Map("archived", Boolean, m => m.Archived, (m, v) => m.Archived = v)
            .Map("admin_id", Text, m => m.AdminId, (m, v) => m.AdminId = v)
            .Map("created_at", Timestamp, m => m.CreatedAt, (m, v) => m.CreatedAt = v)
            .Map("updated_at", Timestamp, m => m.UpdatedAt, (m, v) => m.UpdatedAt = v)
            .Map("model", Text, m => m.Model, (m, v) => m.Model = v);

        public static readonly ModelSchema<LinkedObject> LinkedObject = new ModelSchema<LinkedObject>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("category", Text, m => m.Category, (m, v) => m.Category = v);

        public static readonly ModelSchema<AiAgent> AiAgent = new ModelSchema<AiAgent>()
            .Map("source_type", Text, m => m.SourceType, (m, v) => m.SourceType = v)
            .Map("source_title", Text, m => m.SourceTitle, (m, v) => m.SourceTitle = v)
            .Map("last_answer_type", Text, m => m.LastAnswerType, (m, v) => m.LastAnswerType = v)
            .Map("resolution_state", Text, m => m.ResolutionState, (m, v) => m.ResolutionState = v)
            .Map("rating", Int32, m => m.Rating, (m, v) => m.Rating = v)
            .Map("rating_remark", Text, m => m.RatingRemark, (m, v) => m.RatingRemark = v)
            .Map("created_at", Timestamp, m => m.CreatedAt, (m, v) => m.CreatedAt = v)
            .Map("updated_at", Timestamp, m => m.UpdatedAt, (m, v) => m.UpdatedAt = v);

        public static readonly ModelSchema<Conversation> Conversation = new ModelSchema<Conversation>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("created_at", Timestamp, m => m.CreatedAt, (m, v) => m.CreatedAt = v)
            .Map("updated_at", Timestamp, m => m.UpdatedAt, (m, v) => m.UpdatedAt = v)
            .Map("waiting_since", Timestamp, m => m.WaitingSince, (m, v) => m.WaitingSince = v)
            .Map("snoozed_until", Timestamp, m => m.SnoozedUntil, (m, v) => m.SnoozedUntil = v)
            .Map("source", ConversationSource.Converter, m => m.Source, (m, v) => m.Source = v)
            .Map("contacts", new EmbeddedListConverter<ContactReference>(ContactReference.Converter, "contacts"), m => m.Contacts, (m, v) => m.Contacts = v)
            .Map("first_contact_reply", ConversationFirstContactReply.Converter, m => m.FirstContactReply, (m, v) => m.FirstContactReply = v)
            .Map("admin_assignee_id", Text, m => m.AdminAssigneeId, (m, v) => m.AdminAssigneeId = v)
            .Map("team_assignee_id", Text, m => m.TeamAssigneeId, (m, v) => m.TeamAssigneeId = v)
            .Map("open", Boolean, m => m.Open, (m, v) => m.Open = v)
            .Map("state", Text, m => m.State, (m, v) => m.State = v)
            .Map("read", Boolean, m => m.Read, (m, v) => m.Read = v)
            .Map("tags", TagList, m => m.Tags, (m, v) => m.Tags = v)
            .Map("priority", Text, m => m.Priority, (m, v) => m.Priority = v)
            .Map("sla_applied", SlaApplied.Converter, m => m.SlaApplied, (m, v) => m.SlaApplied = v)
            .Map("statistics", ConversationStatistics.Converter, m => m.Statistics, (m, v) => m.Statistics = v)
            .Map("conversation_rating", ConversationRating.Converter, m => m.ConversationRating, (m, v) => m.ConversationRating = v)
            .Map("teammates", new EmbeddedListConverter<ObjectReference>(ObjectReference.Converter, "teammates"), m => m.Teammates, (m, v) => m.Teammates = v)
            .Map("title", Text, m => m.Title, (m, v) => m.Title = v)
            .Map("company", Company.Converter, m => m.Company, (m, v) => m.Company = v)
            .Map("custom_attributes", PlainObject, m => m.CustomAttributes, (m, v) => m.CustomAttributes = v)
            .Map("topics", PlainObject, m => m.Topics, (m, v) => m.Topics = v)
            .Map("ticket", PlainObject, m => m.Ticket, (m, v) => m.Ticket = v)
            .Map("linked_objects", new EmbeddedListConverter<LinkedObject>(LinkedObject.Converter, "data"), m => m.LinkedObjects, (m, v) => m.LinkedObjects = v)
            .Map("ai_agent", AiAgent.Converter, m => m.AiAgent, (m, v) => m.AiAgent = v)
            .Map("ai_agent_participated", Boolean, m => m.AiAgentParticipated, (m, v) => m.AiAgentParticipated = v)
            .Map("external_references", new EmbeddedListConverter<ObjectReference>(ObjectReference.Converter, "data"), m => m.ExternalReferences, (m, v) => m.ExternalReferences = v)
            .Map("conversation_parts", new EmbeddedListConverter<ConversationPart>(ConversationPart.Converter, "conversation_parts"), m => m.Parts, (m, v) => m.Parts = v)
            .AfterRead(conversation =>
            {
                if (conversation.Parts == null) return;
                foreach (var part in conversation.Parts) part.ConversationId ??= conversation.Id;
            });

        public static readonly ModelSchema<Note> Note = new ModelSchema<Note>()
            .Map("id", Text, m => m.Id, (m, v) => m.Id = v)
            .Map("created_at", Timestamp, m => m.CreatedAt, (m, v) => m.CreatedAt = v)
            .Map("contact", ObjectReference.Converter, m => m.Contact, (m, v) => m.Contact = v)
            .Map("author", Admin.Converter, m => m.Author, (m, v) => m.Author = v)
            .Map("body", Text, m => m.Body, (m, v) => m.Body = v);

        private static readonly Dictionary<Type, IModelSchema> ByModelType = new IModelSchema[]
        {
            ObjectReference, ContactReference, Tag, Segment, Attachment, ConversationAuthor, ConversationSource,
            ConversationPart, ConversationStatistics, ConversationRating, SlaApplied, ConversationFirstContactReply,
            Company, ContactLocation, Contact, App, Admin, Team, DataAttribute, LinkedObject, AiAgent, Conversation, Note,
        }.ToDictionary(schema => schema.ModelType);

        /// <summary>The schema of a model type, hand-written or generated; null for any other type.</summary>
        public static IModelSchema? Find(Type type) =>
            ByModelType.TryGetValue(type, out var schema) ? schema : GeneratedSchemas.Find(type);

        /// <summary>Every model's schema, the generated ones included (which builds them all).</summary>
        public static IEnumerable<IModelSchema> All => ByModelType.Values.Concat(GeneratedSchemas.All);
    }
}
