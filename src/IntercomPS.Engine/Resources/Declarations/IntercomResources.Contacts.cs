using IntercomPS.Engine.Models;
using IntercomPS.Engine.Search;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        /// <summary>
        /// Contacts (users and leads). Search fields: the "Accepted Fields" table of POST /contacts/search. A field is
        /// read from the model where a searched contact carries it in full; dates compare by whole day.
        /// </summary>
        public static readonly ResourceDescriptor<Contact> Contacts = new ResourceDescriptor<Contact>("Contact", "contact_id")
            .Searches("contacts/search", new SearchFields<Contact>(SearchDateRule.CalendarDay, sortable: true)
                .Text("id", c => c.Id)
                .Text("role", c => c.Role)
                .Text("name", c => c.Name)
                .Text("avatar")
                .Text("owner_id", c => c.OwnerId)
                .Text("email", c => c.Email)
                .Text("email_domain", c => c.EmailDomain)
                .Text("phone", c => c.Phone)
                .Text("formatted_phone")
                .Text("external_id", c => c.ExternalId)
                .Date("created_at", c => c.CreatedAt, ranges: true)
                .Date("signed_up_at", c => c.SignedUpAt, ranges: true)
                .Date("updated_at", c => c.UpdatedAt, ranges: true)
                .Date("last_seen_at", c => c.LastSeenAt, ranges: true)
                .Date("last_contacted_at", c => c.LastContactedAt)
                .Date("last_replied_at", c => c.LastRepliedAt)
                .Date("last_email_opened_at", c => c.LastEmailOpenedAt)
                .Date("last_email_clicked_at", c => c.LastEmailClickedAt)
                .Text("language_override", c => c.LanguageOverride)
                .Text("browser", c => c.Browser)
                .Text("browser_language", c => c.BrowserLanguage)
                .Text("os", c => c.Os)
                .Text("location.country", c => c.Location?.Country)
                .Text("location.region", c => c.Location?.Region)
                .Text("location.city", c => c.Location?.City)
                .Boolean("unsubscribed_from_emails", c => c.UnsubscribedFromEmails)
                .Boolean("marked_email_as_spam", c => c.MarkedEmailAsSpam)
                .Boolean("has_hard_bounced", c => c.HasHardBounced)
                .Date("ios_last_seen_at")
                .Text("ios_app_version")
                .Text("ios_device")
                .Text("ios_app_device")
                .Text("ios_os_version")
                .Text("ios_app_name")
                .Text("ios_sdk_version")
                .Date("android_last_seen_at")
                .Text("android_app_version")
                .Text("android_device")
                .Text("android_app_name")
                // Spelled as the API spells it.
                .Text("andoid_sdk_version")
                .Ids("segment_id")
                // "Searching by tag_id supports only the = and != operators."
                .Ids("tag_id", null, SearchOperators.Equal, SearchOperators.NotEqual)
                .Attributes("custom_attributes", c => c.CustomAttributes),
                itemsMember: "data")
            .Lists("contacts", PagingKind.Cursor, "data", maxPageSize: 150)
            .Gets("contacts/{contact_id}")
            .ListsAlso("company", "companies/{company_id}/contacts", PagingKind.PageNumber, "data")
            // Each create is one more contact: never resent once it may have arrived.
            .Creates("contacts")
            .Updates("contacts/{contact_id}")
            .Deletes("contacts/{contact_id}")
            // Setting the same state twice changes nothing, so these requests may be resent.
            .Acts("archive", "POST", "contacts/{contact_id}/archive", retryable: true)
            .Acts("unarchive", "POST", "contacts/{contact_id}/unarchive", retryable: true)
            // Blocking a blocked contact changes nothing, so the request may be resent.
            .Acts("block", "POST", "contacts/{contact_id}/block", retryable: true)
            // A second merge of the same lead would fail or act on a new lead: never resent once it may have arrived.
            .Acts("merge", "POST", "contacts/merge")
            // Each send is one more note.
            .Acts("note", "POST", "contacts/{contact_id}/notes")
            // Applying a tag twice leaves one tag, so the request may be resent.
            .Acts("tag", "POST", "contacts/{contact_id}/tags", retryable: true)
            .Acts("untag", "DELETE", "contacts/{contact_id}/tags/{tag_id}")
            .Acts("by_external_id", "GET", "contacts/find_by_external_id/{external_id}")
            .CachedById();

        /// <summary>
        /// The leads and users merged into a user, newest first unless asked otherwise; each is named by the merged
        /// contact's id (the path's <c>{id}</c> is the user's).
        /// </summary>
        public static readonly ResourceDescriptor<MergeHistoryItem> ContactMergeHistory = new ResourceDescriptor<MergeHistoryItem>("ContactMergeHistory", "source_contact_id", item => item.SourceContactId)
            .Lists("contacts/{id}/merge_history", PagingKind.QueryCursor, "data", maxPageSize: 150)
            .Shows(new[] { "MergedAt:18", "SourceContactRole=Role:6", "SourceContactId" });

        /// <summary>Subscription types (email and SMS topics contacts opt in to or out of), and contacts' choices.</summary>
        public static readonly ResourceDescriptor<SubscriptionType> SubscriptionTypes = new ResourceDescriptor<SubscriptionType>("SubscriptionType", "subscription_id")
            .Lists("subscription_types", PagingKind.WholeList, "data")
            .CachedWhole()
            .ListsAlso("contact", "contacts/{contact_id}/subscriptions", PagingKind.WholeList, "data")
            // Recording a contact's choice twice records it once, so the request may be resent.
            .Acts("add", "POST", "contacts/{contact_id}/subscriptions", retryable: true, "id", "consent_type")
            .Acts("remove", "DELETE", "contacts/{contact_id}/subscriptions/{subscription_id}")
            .Shows(new[] { "Id:10", "ConsentType=Consent:8", "State:8", "Name" },
                new[] { "Id", "Name", "Description", "ConsentType", "State", "ContentTypes" });
    }
}
