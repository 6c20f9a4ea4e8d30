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
                itemsMember: "data");
    }
}
