using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        /// <summary>The standard and custom attributes of contacts and companies.</summary>
        public static readonly ResourceDescriptor<DataAttribute> DataAttributes = new ResourceDescriptor<DataAttribute>("DataAttribute", "data_attribute_id")
            .Lists("data_attributes", PagingKind.WholeList, "data")
            // A second create of the same name is refused by Intercom, so a resend could only fail: never resent.
            .Creates("data_attributes", retryable: false, "name", "model", "data_type", "description", "options", "messenger_writable")
            .Updates("data_attributes/{data_attribute_id}", "PUT", "description", "options", "archived", "messenger_writable");

        /// <summary>Data events (things a contact did in your product) and their submission.</summary>
        public static readonly ResourceDescriptor<DataEvent> DataEvents = new ResourceDescriptor<DataEvent>("DataEvent", "event_id", _ => null)
            .Lists("events", PagingKind.NextLink, "events")
            // Each submission is one more occurrence of the event: never resent once it may have arrived.
            .Creates("events", retryable: false, "event_name", "created_at=OccurredAt", "id=ContactId", "user_id", "email", "metadata")
            .Shows(new[] { "CreatedAt:18", "EventName:30", "Email" },
                new[] { "EventName", "CreatedAt", "Email", "UserId", "IntercomUserId", "Id", "Metadata" });

        /// <summary>Per-event counts of a contact (the summary form of GET /events), and their submission.</summary>
        public static readonly ResourceDescriptor<DataEventSummaryItem> DataEventSummaries = new ResourceDescriptor<DataEventSummaryItem>("DataEventSummary", "event_id", _ => null)
            .Lists("events", PagingKind.NextLink, "events")
            .Acts("send", "POST", "events/summaries", retryable: false, "user_id", "event_summaries.event_name", "event_summaries.count",
                "event_summaries.first", "event_summaries.last")
            .Shows(new[] { "Name:30", "Count:7", "First:18", "Last" },
                new[] { "Name", "Count", "First", "Last", "Description" });
    }
}
