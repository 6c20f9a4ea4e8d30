using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox.Json
{
    /// <summary>Admins, teams, tags, segments, companies and attributes in the shapes of Intercom's OpenAPI 2.16.</summary>
    internal static class WorkspaceJson
    {
        public static void Admin(Utf8JsonWriter w, AdminRecord admin, bool withAvatar)
        {
            w.WriteStartObject();
            AdminMembers(w, admin);
            w.WriteNull("away_status_reason_id");
            if (withAvatar) w.WriteAvatar(admin.AvatarUrl);
            w.WriteEndObject();
        }

        /// <summary>What an admin and /me say alike: the summary's members and the rest of the admin.</summary>
        private static void AdminMembers(Utf8JsonWriter w, AdminRecord admin)
        {
            AdminSummaryMembers(w, admin);
            w.WriteString("job_title", admin.JobTitle);
            w.WriteBoolean("has_inbox_seat", admin.HasInboxSeat);
            w.WriteNumbers("team_ids", admin.TeamIds);
        }

        private static void AdminSummaryMembers(Utf8JsonWriter w, AdminRecord admin)
        {
            w.WriteString("type", "admin");
            w.WriteString("id", admin.Id);
            w.WriteString("name", admin.Name);
            w.WriteString("email", admin.Email);
            w.WriteBoolean("away_mode_enabled", admin.AwayModeEnabled);
            w.WriteBoolean("away_mode_reassign", admin.AwayModeReassign);
        }

        public static void Me(Utf8JsonWriter w, WorkspaceCatalog catalog)
        {
            var admin = catalog.Me;
            w.WriteStartObject();
            AdminMembers(w, admin);
            w.WriteAvatar(admin.AvatarUrl);
            w.WriteBoolean("email_verified", true);
            w.WriteStartObject("app");
            w.WriteString("type", "app");
            w.WriteString("id_code", catalog.AppIdCode);
            w.WriteString("name", catalog.AppName);
            w.WriteNumber("created_at", catalog.AppCreatedAt);
            w.WriteBoolean("secure", false);
            w.WriteBoolean("identity_verification", false);
            w.WriteString("timezone", "UTC");
            w.WriteString("region", "US");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        /// <summary>The admin summary embedded in notes.</summary>
        public static void AdminSummary(Utf8JsonWriter w, string name, AdminRecord? admin) =>
            w.WriteNullableObject(name, admin, summarized =>
            {
                w.WriteStartObject();
                AdminSummaryMembers(w, summarized);
                w.WriteEndObject();
            });

        public static void Team(Utf8JsonWriter w, TeamRecord team)
        {
            w.WriteStartTyped(null, "team", team.Id);
            w.WriteString("name", team.Name);
            w.WriteNumbers("admin_ids", team.AdminIds);
            w.WriteString("distribution_method", team.DistributionMethod);
            w.WriteEndObject();
        }

        public static void Tag(Utf8JsonWriter w, TagRecord tag) => AppliedTag(w, tag, null);

        /// <summary>The tags applied to a contact or conversation (those the workspace still has), as tag objects.</summary>
        public static void AppliedTags(Utf8JsonWriter w, WorkspaceCatalog catalog, IEnumerable<AppliedTag> tags)
        {
            foreach (var applied in tags)
            {
                var tag = catalog.FindTag(applied.TagId);
                if (tag != null) AppliedTag(w, tag, applied);
            }
        }

        /// <summary>A tag as returned by tagging operations and inside conversations: with applied_at and applied_by.</summary>
        public static void AppliedTag(Utf8JsonWriter w, TagRecord tag, AppliedTag? applied)
        {
            w.WriteStartTyped(null, "tag", tag.Id);
            w.WriteString("name", tag.Name);
            if (applied != null)
            {
                w.WriteNumber("applied_at", applied.AppliedAt);
                w.WriteReference("applied_by", applied.AppliedByType, applied.AppliedById);
            }
            w.WriteEndObject();
        }

        public static void Segment(Utf8JsonWriter w, SegmentRecord segment, int? count)
        {
            w.WriteStartTyped(null, "segment", segment.Id);
            w.WriteString("name", segment.Name);
            w.WriteNumber("created_at", segment.CreatedAt);
            w.WriteNumber("updated_at", segment.UpdatedAt);
            w.WriteString("person_type", segment.PersonType);
            if (count.HasValue) w.WriteNumber("count", count.Value);
            w.WriteEndObject();
        }

        public static void Company(Utf8JsonWriter w, WorkspaceState state, CompanyRecord company)
        {
            var catalog = state.Catalog;
            w.WriteStartObject();
            w.WriteString("type", "company");
            w.WriteString("company_id", company.CompanyId);
            w.WriteString("id", company.Id);
            w.WriteString("app_id", catalog.AppIdCode);
            w.WriteString("name", company.Name);
            w.WriteNumber("remote_created_at", company.RemoteCreatedAt);
            w.WriteNumber("created_at", company.CreatedAt);
            w.WriteNumber("updated_at", company.UpdatedAt);
            w.WriteNumber("last_request_at", company.LastRequestAt);
            w.WriteNumber("size", company.Size);
            w.WriteString("website", company.Website);
            w.WriteString("industry", company.Industry);
            w.WriteNumber("monthly_spend", company.MonthlySpend);
            w.WriteNumber("session_count", company.SessionCount);
            w.WriteNumber("user_count", state.CompanyUserCount(company));
            w.WriteTypedList("tags", "tag.list", () =>
            {
                foreach (var tagId in catalog.CompanyTagIds(company.Id))
                {
                    var tag = catalog.FindTag(tagId);
                    if (tag != null) Tag(w, tag);
                }
            });
            w.WriteTypedList("segments", "segment.list", () => { });
            w.WriteStartTyped("plan", "plan", company.PlanId);
            w.WriteString("name", company.PlanName);
            w.WriteEndObject();
            w.WriteAttributes("custom_attributes", company.CustomAttributes);
            w.WriteEndObject();
        }

        public static void DataAttribute(Utf8JsonWriter w, DataAttributeDefinition attribute, string appAdminId, long createdAt)
        {
            w.WriteStartObject();
            w.WriteString("type", "data_attribute");
            if (attribute.Custom) w.WriteNumber("id", attribute.Id);
            w.WriteString("model", attribute.Model);
            w.WriteString("name", attribute.Name);
            w.WriteString("full_name", attribute.FullName);
            w.WriteString("label", attribute.Label);
            w.WriteString("description", attribute.Description);
            w.WriteString("data_type", attribute.DataType);
            if (attribute.Options != null)
            {
                w.WriteStartArray("options");
                foreach (var option in attribute.Options) w.WriteStringValue(option);
                w.WriteEndArray();
            }
            w.WriteBoolean("api_writable", attribute.ApiWritable);
            w.WriteBoolean("ui_writable", attribute.Custom);
            w.WriteBoolean("messenger_writable", attribute.Custom);
            w.WriteBoolean("custom", attribute.Custom);
            w.WriteBoolean("archived", false);
            if (attribute.Custom)
            {
                w.WriteNumber("created_at", createdAt);
                w.WriteNumber("updated_at", createdAt);
                w.WriteString("admin_id", appAdminId);
            }
            w.WriteEndObject();
        }

        public static void ConversationAttribute(Utf8JsonWriter w, DataAttributeDefinition attribute, string appAdminId, long createdAt)
        {
            w.WriteStartObject();
            w.WriteString("type", "conversation_attribute");
            w.WriteNumber("id", attribute.Id);
            w.WriteString("name", attribute.Name);
            w.WriteString("description", attribute.Description);
            w.WriteString("data_type", attribute.DataType);
            w.WriteBoolean("required", false);
            w.WriteEmptyArray("visible_to_team_ids");
            w.WriteBoolean("archived", false);
            w.WriteNumber("created_at", createdAt);
            w.WriteNumber("updated_at", createdAt);
            w.WriteString("admin_id", appAdminId);
            if (attribute.Options != null)
            {
                w.WriteStartArray("options");
                var index = 0;
                foreach (var option in attribute.Options)
                {
                    w.WriteStartObject();
                    w.WriteString("id", "00000000-0000-4000-8000-" + (attribute.Id * 100 + index++).ToString("x12"));
                    w.WriteString("label", option);
                    w.WriteBoolean("archived", false);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
    }

    /// <summary>One data attribute of the contact, company or conversation model.</summary>
    internal sealed record DataAttributeDefinition(string Model, string Name, string Label, string Description, string DataType, bool Custom, bool ApiWritable, int Id = 0, IReadOnlyList<string>? Options = null)
    {
        public string FullName => Custom && Model != "conversation" ? "custom_attributes." + Name : Name;
    }
}
