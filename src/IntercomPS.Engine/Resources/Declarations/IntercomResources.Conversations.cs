using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        /// <summary>
        /// Conversations: created on behalf of a contact, deleted, merged, converted to tickets, contacts attached and
        /// detached, parts redacted. The create answers with the message that opened the conversation (a
        /// <see cref="Message"/>, whose ConversationId names it); merge's path names the conversation {id}.
        /// </summary>
        public static readonly ResourceDescriptor<Conversation> Conversations = new ResourceDescriptor<Conversation>("Conversation", "conversation_id")
            .Gets("conversations/{conversation_id}")
            .Creates("conversations", false, "from.type=FromType", "from.id=ContactId", "body", "subject", "attachment_urls=AttachmentUrl", "brand_id")
            .Deletes("conversations/{conversation_id}")
            .Acts("redact", "POST", "conversations/redact", true, "conversation_id", "conversation_part_id=PartId", "source_id")
            .Acts("attach_contact", "POST", "conversations/{conversation_id}/customers", false, "admin_id", "customer.intercom_user_id=ContactId", "customer.email=Email")
            .Acts("detach_contact", "DELETE", "conversations/{conversation_id}/customers/{contact_id}", true, "admin_id")
            .Acts("convert", "POST", "conversations/{conversation_id}/convert", false, "ticket_type_id", "ticket_state_id", "attributes=Attribute")
            .Acts("merge", "POST", "conversations/{id}/merge", false, "merge_into_conversation_id=IntoConversationId");

        /// <summary>Ids of deleted conversations (to reconcile exports): newest first unless asked otherwise.</summary>
        public static readonly ResourceDescriptor<DeletedConversationItem> DeletedConversations = new ResourceDescriptor<DeletedConversationItem>("DeletedConversation", "conversation_id")
            .Lists("conversations/deleted", PagingKind.PageNumber, "conversations")
            .Shows(new[] { "Id:16", "DeletedAt=Deleted:22", "MetricsRetained" });

        /// <summary>Side conversations of a conversation (internal threads with people outside it), under its {id}.</summary>
        public static readonly ResourceDescriptor<SideConversationSummary> SideConversations = new ResourceDescriptor<SideConversationSummary>("SideConversation", "side_conversation_id", item => item.SideConversationId)
            .Lists("conversations/{id}/side_conversations", PagingKind.PageNumber, "side_conversations")
            .Shows(new[] { "SideConversationId=Id:16", "TotalCount=Parts:6" });
    }
}
