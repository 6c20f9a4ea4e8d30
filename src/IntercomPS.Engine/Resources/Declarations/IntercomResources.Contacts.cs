using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        public static readonly ResourceDescriptor<Contact> Contacts = new ResourceDescriptor<Contact>("Contact", "contact_id")
            .Lists("contacts", PagingKind.Cursor, "data", maxPageSize: 150)
            .Gets("contacts/{contact_id}")
            .ListsAlso("company", "companies/{company_id}/contacts", PagingKind.PageNumber, "data")
            // Blocking a blocked contact changes nothing, so the request may be resent.
            .Acts("block", "POST", "contacts/{contact_id}/block", retryable: true);

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
