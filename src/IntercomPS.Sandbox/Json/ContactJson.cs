using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox.Json
{
    /// <summary>Contacts and notes in the shapes of Intercom's OpenAPI 2.16.</summary>
    internal static class ContactJson
    {
        /// <summary>At most this many tags, notes or companies are embedded; the url lists the rest.</summary>
        private const int EmbeddedLimit = 10;

        public static void Contact(Utf8JsonWriter w, WorkspaceState state, ContactRecord c)
        {
            w.WriteStartTyped(null, "contact", c.Id);
            w.WriteString("workspace_id", state.Catalog.AppIdCode);
            w.WriteNullableString("external_id", c.ExternalId);
            w.WriteString("role", c.Role);
            w.WriteNullableString("email", c.Email);
            w.WriteNullableString("email_domain", c.EmailDomain);
            w.WriteNullableString("phone", c.Phone);
            w.WriteNullableString("name", c.Name);
            w.WriteAvatar(c.AvatarUrl);
            w.WriteNullableString("owner_id", c.OwnerId);
            w.WriteDataList("social_profiles", () => { });
            w.WriteBoolean("has_hard_bounced", c.HasHardBounced);
            w.WriteBoolean("marked_email_as_spam", c.MarkedEmailAsSpam);
            w.WriteBoolean("unsubscribed_from_emails", c.UnsubscribedFromEmails);
            w.WriteNumber("created_at", c.CreatedAt);
            w.WriteNumber("updated_at", c.UpdatedAt);
            w.WriteNullableNumber("signed_up_at", c.SignedUpAt);
            w.WriteNullableNumber("last_seen_at", c.LastSeenAt);
            w.WriteNullableNumber("last_replied_at", c.LastRepliedAt);
            w.WriteNullableNumber("last_contacted_at", c.LastContactedAt);
            w.WriteNullableNumber("last_email_opened_at", c.LastEmailOpenedAt);
            w.WriteNullableNumber("last_email_clicked_at", c.LastEmailClickedAt);
            w.WriteNullableString("language_override", c.LanguageOverride);
            w.WriteNullableString("browser", c.Browser);
            w.WriteNullableString("browser_version", c.BrowserVersion);
            w.WriteNullableString("browser_language", c.BrowserLanguage);
            w.WriteNullableString("os", c.Os);
            w.WriteStartObject("location");
            w.WriteString("type", "location");
            var location = c.Location < 0 ? null : Vocabulary.Locations[c.Location];
            w.WriteNullableString("country", location?[0]);
            w.WriteNullableString("region", location?[1]);
            w.WriteNullableString("city", location?[2]);
            w.WriteNullableString("country_code", location?[3]);
            w.WriteNullableString("continent_code", location?[4]);
            w.WriteEndObject();
            w.WriteNull("android_app_name");
            w.WriteNull("android_app_version");
            w.WriteNull("android_device");
            w.WriteNull("android_os_version");
            w.WriteNull("android_sdk_version");
            w.WriteNull("android_last_seen_at");
            w.WriteNull("ios_app_name");
            w.WriteNull("ios_app_version");
            w.WriteNull("ios_device");
            w.WriteNull("ios_os_version");
            w.WriteNull("ios_sdk_version");
            w.WriteNull("ios_last_seen_at");
            w.WriteAttributes("custom_attributes", c.CustomAttributes);

            var tagIds = state.LiveTagIds(c.Tags);
            AddressableList(w, "tags", "tag", "/tags/", tagIds, "/contacts/" + c.Id + "/tags");
            AddressableList(w, "notes", "note", "/notes/", c.Notes.Select(note => note.Id).ToList(), "/contacts/" + c.Id + "/notes");

            // A deleted company detaches its contacts (Intercom's behaviour), whatever the record still names.
            var companyIds = LiveCompanyIds(state, c);
            AddressableList(w, "companies", "company", "/companies/", companyIds, "/contacts/" + c.Id + "/companies");

            AddressableList(w, "opted_out_subscription_types", "subscription", "/subscription_types/", Array.Empty<string>(), "/contacts/" + c.Id + "/subscriptions");
            AddressableList(w, "opted_in_subscription_types", "subscription", "/subscription_types/", Array.Empty<string>(), "/contacts/" + c.Id + "/subscriptions");
            w.WriteNull("utm_campaign");
            w.WriteNull("utm_content");
            w.WriteNull("utm_medium");
            w.WriteNull("utm_source");
            w.WriteNull("utm_term");
            w.WriteNull("referrer");
            w.WriteNull("enabled_push_messaging");
            w.WriteEndObject();
        }

        /// <summary>The companies a contact is attached to that still exist.</summary>
        public static List<string> LiveCompanyIds(WorkspaceState state, ContactRecord c) =>
            c.CompanyIds.Where(id => state.Catalog.FindCompany(id) != null).ToList();

        /// <summary>contact_reference, plus the flag of archive/unarchive/delete answers.</summary>
        public static void Reference(Utf8JsonWriter w, ContactRecord c, string? flag = null, bool flagValue = false)
        {
            w.WriteStartTyped(null, "contact", c.Id);
            w.WriteNullableString("external_id", c.ExternalId);
            if (flag != null) w.WriteBoolean(flag, flagValue);
            w.WriteEndObject();
        }

        public static void Note(Utf8JsonWriter w, WorkspaceState state, NoteRecord note)
        {
            w.WriteStartTyped(null, "note", note.Id);
            w.WriteNumber("created_at", note.CreatedAt);
            w.WriteReference("contact", "contact", note.ContactId);
            WorkspaceJson.AdminSummary(w, "author", state.Catalog.FindAdmin(note.AuthorAdminId));
            w.WriteString("body", note.Body);
            w.WriteEndObject();
        }

        private static void Addressable(Utf8JsonWriter w, string type, string id, string url)
        {
            w.WriteStartTyped(null, type, id);
            w.WriteString("url", url);
            w.WriteEndObject();
        }

        /// <summary>
        /// A list embedded in a contact: its first <see cref="EmbeddedLimit"/> items as addressable objects, where the
        /// whole list is read (<paramref name="url"/>), and how many there are.
        /// </summary>
        private static void AddressableList(Utf8JsonWriter w, string name, string itemType, string itemPath, IReadOnlyList<string> ids, string url) =>
            w.WriteDataList(name, () =>
            {
                for (var i = 0; i < ids.Count && i < EmbeddedLimit; i++) Addressable(w, itemType, ids[i], itemPath + ids[i]);
            }, () =>
            {
                w.WriteString("url", url);
                w.WriteNumber("total_count", ids.Count);
                w.WriteBoolean("has_more", ids.Count > EmbeddedLimit);
            });
    }
}
