using System;

namespace IntercomPS.Engine.Models
{
    /// <summary>One reply, note or action (assignment, close, snooze...) in a conversation.</summary>
    public sealed class ConversationPart : IntercomObject
    {
        public string? Id { get; set; }

        /// <summary>The conversation the part belongs to; not in the part's JSON, set when the conversation is read.</summary>
        public string? ConversationId { get; set; }

        /// <summary><c>comment</c>, <c>note</c>, <c>assignment</c>, <c>close</c>, <c>open</c>, <c>snoozed</c>...</summary>
        public string? PartType { get; set; }

        /// <summary>The text as HTML; null for actions.</summary>
        public string? Body { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? UpdatedAt { get; set; }

        /// <summary>When the contact was notified of the part.</summary>
        public DateTimeOffset? NotifiedAt { get; set; }

        /// <summary>Who the conversation was assigned to by this part.</summary>
        public ObjectReference? AssignedTo { get; set; }

        public ConversationAuthor? Author { get; set; }

        public EmbeddedList<Attachment>? Attachments { get; set; }

        /// <summary>The id you gave the part when creating it.</summary>
        public string? ExternalId { get; set; }

        public bool? Redacted { get; set; }

        /// <summary>The conversation's state after this part: <c>open</c>, <c>closed</c> or <c>snoozed</c>.</summary>
        public string? State { get; set; }

        /// <summary>The tags added by this part.</summary>
        public EmbeddedList<Tag>? Tags { get; set; }

        /// <summary>The app that created the part, for parts made by an integration.</summary>
        public string? AppPackageCode { get; set; }

        public override string ToString() => $"{PartType} {Id}";
    }
}
