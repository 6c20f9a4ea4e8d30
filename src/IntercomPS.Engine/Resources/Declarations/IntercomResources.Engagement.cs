using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        private static readonly string[] CustomObjectInstanceFields = { "external_id", "external_created_at", "external_updated_at", "custom_attributes" };

        /// <summary>
        /// Instances of the workspace's custom objects (Order, Subscription...), under their type's identifier. Written
        /// by an upsert keyed by external_id, and deleted by Intercom's id or by that external_id.
        /// </summary>
        public static readonly ResourceDescriptor<CustomObjectInstance> CustomObjectInstances = new ResourceDescriptor<CustomObjectInstance>("CustomObjectInstance", "custom_object_instance_id")
            .Lists("custom_object_instances/{custom_object_type_identifier}", PagingKind.PageNumber, "data")
            .Gets("custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}")
            // Keyed by external_id: a resend writes the same instance again rather than a second one.
            .Creates("custom_object_instances/{custom_object_type_identifier}", true, CustomObjectInstanceFields)
            .Deletes("custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}")
            .Acts("deleteByExternalId", "DELETE", "custom_object_instances/{custom_object_type_identifier}")
            .Shows(new[] { "Id:8", "ExternalId:24", "ExternalUpdatedAt=Source updated:24", "UpdatedAt" },
                new[] { "Id", "ExternalId", "CustomAttributes", "ExternalCreatedAt", "ExternalUpdatedAt", "CreatedAt", "UpdatedAt" });

        /// <summary>Phone calls: listed, read by id, found by the conversations they belong to, and their transcripts.</summary>
        public static readonly ResourceDescriptor<Call> Calls = new ResourceDescriptor<Call>("Call", "call_id")
            .Lists("calls", PagingKind.PageNumber, "data")
            .Gets("calls/{call_id}")
            // A read (at most 20 conversations, one answer), though sent as a POST.
            .ListsAlso("conversations", "calls/search", PagingKind.WholeList, "data", "POST")
            .Acts("transcript", "GET", "calls/{call_id}/transcript")
            .Shows(new[] { "Id:10", "State:10", "Direction:9", "Phone:16", "AdminId=Admin:10", "InitiatedAt" },
                new[] { "Id", "ConversationId", "State", "CallType", "Direction", "Phone", "AdminId", "ContactId", "InitiatedAt", "AnsweredAt", "EndedAt", "EndedReason", "RecordingUrl", "TranscriptionUrl" });

        /// <summary>
        /// Anonymous visitors of the Messenger, named by the user_id Intercom gave them: read, changed, and converted
        /// into (or merged with) a contact.
        /// </summary>
        public static readonly ResourceDescriptor<Visitor> Visitors = new ResourceDescriptor<Visitor>("Visitor", "user_id", visitor => visitor.UserId)
            .Acts("read", "GET", "visitors")
            .Updates("visitors", "PUT", "id", "user_id", "name", "custom_attributes")
            .Acts("convert", "POST", "visitors/convert", false, "type=Role", "visitor.id=VisitorId", "visitor.user_id=VisitorUserId",
                "visitor.email=VisitorEmail", "user.id=ContactId", "user.user_id=ContactUserId", "user.email=ContactEmail")
            .Shows(new[] { "UserId:36", "Name:18", "Email" },
                new[] { "Id", "UserId", "Name", "Pseudonym", "Email", "Phone", "OwnerId", "SessionCount", "CustomAttributes", "CreatedAt", "UpdatedAt" });

        /// <summary>Admin-initiated messages to contacts (in-app or email): each one reaches a person, so never resent.</summary>
        public static readonly ResourceDescriptor<Message> Messages = new ResourceDescriptor<Message>("Message", "message_id")
            // The message type, template, sender type and recipient are made by the cmdlet (defaults, the piped contact).
            .Creates("messages", false, "subject", "body", "from.id=FromAdminId", "create_conversation_without_contact_reply")
            .Shows(new[] { "Id:10", "MessageType=Type:7", "Subject:24", "ConversationId=Conversation:14", "CreatedAt" });

        /// <summary>The delivery status of each WhatsApp message a series (ruleset) sent.</summary>
        public static readonly ResourceDescriptor<WhatsappMessageStatusListEventsItem> MessageDeliveries = new ResourceDescriptor<WhatsappMessageStatusListEventsItem>("MessageDelivery", "ruleset_id", _ => null)
            .Lists("messages/status", PagingKind.Cursor, "events")
            .Shows(new[] { "Id:12", "Status:10", "TemplateName=Template:24", "ConversationId=Conversation:14", "UpdatedAt" });

        /// <summary>The delivery status of one WhatsApp message, by its message id.</summary>
        public static readonly ResourceDescriptor<WhatsappMessageStatus> WhatsAppDeliveries = new ResourceDescriptor<WhatsappMessageStatus>("WhatsAppDelivery", "message_id", status => status.MessageId)
            .Acts("read", "GET", "messages/whatsapp/status")
            .Shows(new[] { "MessageId=Message:24", "Status:10", "TemplateName=Template:24", "UpdatedAt" },
                new[] { "MessageId", "Status", "TemplateName", "ConversationId", "Error", "CreatedAt", "UpdatedAt" });

        private static readonly string[] AudienceFields = { "name", "predicates", "role_predicates" };

        /// <summary>Saved audiences: named sets of predicates that pick contacts, used to target content.</summary>
        public static readonly ResourceDescriptor<Audience> Audiences = new ResourceDescriptor<Audience>("Audience", "id")
            .Lists("audiences", PagingKind.PageNumber, "data")
            .Gets("audiences/{id}")
            .Creates("audiences", false, AudienceFields)
            .Updates("audiences/{id}", "PUT", AudienceFields)
            .Deletes("audiences/{id}")
            .Shows(new[] { "Id:10", "Name:36", "UpdatedAt" }, new[] { "Id", "Name", "Predicates", "RolePredicates", "CreatedAt", "UpdatedAt" });

        /// <summary>
        /// The banners a contact currently matches, and their dismissal for that contact. A banner is never read by
        /// its own id: the dismissal names it by its view_id, under the contact.
        /// </summary>
        public static readonly ResourceDescriptor<Banner> Banners = new ResourceDescriptor<Banner>("Banner", "banner_id")
            .ListsAlso("contact", "contacts/{id}/banners", PagingKind.WholeList, "data")
            // Dismissing twice leaves the banner dismissed.
            .Acts("dismiss", "POST", "contacts/{id}/banners/{view_id}/dismiss", true)
            .Shows(new[] { "ViewId=View:10", "Title:30", "Style:10", "Position:8", "CreatedAt" },
                new[] { "Id", "ViewId", "Title", "Body", "Style", "Position", "ShowDismissButton", "Action", "CreatedAt" });

        /// <summary>
        /// When each teammate paused or resumed handling a conversation, and why. An event has no id of its own: the
        /// {id} of its path is the conversation's.
        /// </summary>
        public static readonly ResourceDescriptor<HandlingEvent> HandlingEvents = new ResourceDescriptor<HandlingEvent>("HandlingEvent", "handling_event_id", _ => null)
            .ListsAlso("conversation", "conversations/{id}/handling_events", PagingKind.WholeList, "handling_events")
            .Shows(new[] { "Timestamp:22", "Type:8", "Teammate:24", "Reason" });

        private static readonly string[] DataConnectorFields =
        {
            "name", "description", "http_method", "url", "body", "direct_fin_usage", "audiences", "data_inputs", "token_ids",
            "customer_authentication", "bypass_authentication", "validate_missing_attributes", "mock_response",
        };

        /// <summary>
        /// Data connectors: calls to your APIs that Fin and workflows make (look up an order...). Listed in short,
        /// read, created and changed whole; a change of state takes a draft live or back.
        /// </summary>
        public static readonly ResourceDescriptor<DataConnector> DataConnectors = new ResourceDescriptor<DataConnector>("DataConnector", "id")
            .Lists("data_connectors", PagingKind.Cursor, "data")
            .Gets("data_connectors/{id}")
            .Creates("data_connectors", false, DataConnectorFields)
            .Updates("data_connectors/{id}", "PATCH", DataConnectorFields.Concat(new[] { "state" }).ToArray())
            .Deletes("data_connectors/{id}")
            .Shows(new[] { "Id:10", "State:6", "HttpMethod=Method:6", "Name:30", "DirectFinUsage=Fin:5", "UpdatedAt" },
                new[] { "Id", "Name", "Description", "State", "HttpMethod", "Url", "DirectFinUsage", "Audiences", "CreatedByAdminId", "UpdatedByAdminId", "CreatedAt", "UpdatedAt" });

        /// <summary>The calls a data connector made (who asked, how it went), newest first, for troubleshooting.</summary>
        public static readonly ResourceDescriptor<DataConnectorExecutionResult> DataConnectorExecutionResults = new ResourceDescriptor<DataConnectorExecutionResult>("DataConnectorExecutionResult", "id")
            .Lists("data_connectors/{data_connector_id}/execution_results", PagingKind.Cursor, "data")
            .Gets("data_connectors/{data_connector_id}/execution_results/{id}")
            .Shows(new[] { "Id:10", "Success:7", "HttpStatus=Status:6", "ExecutionTimeMs=Ms:6", "ErrorType:16", "CreatedAt" },
                new[] { "Id", "DataConnectorId", "Success", "HttpStatus", "HttpMethod", "ErrorType", "ErrorMessage", "ExecutionTimeMs", "SourceType", "SourceId", "ConversationId", "RequestUrl", "CreatedAt" });
    }
}
