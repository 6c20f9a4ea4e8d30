using System;
using System.Collections.Generic;
using System.Linq;

namespace IntercomPS.Engine.Models
{
    /// <summary>A conversation, as listed or searched (without parts) or fetched by id (with its parts).</summary>
    public sealed class Conversation : IntercomObject
    {
        public string? Id { get; set; }

        public string? Title { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? UpdatedAt { get; set; }

        /// <summary>Since when the contact has been waiting for a reply; null when nobody is waiting.</summary>
        public DateTimeOffset? WaitingSince { get; set; }

        public DateTimeOffset? SnoozedUntil { get; set; }

        public bool? Open { get; set; }

        /// <summary><c>open</c>, <c>closed</c> or <c>snoozed</c>.</summary>
        public string? State { get; set; }

        public bool? Read { get; set; }

        public string? Priority { get; set; }

        /// <summary>The assigned admin's id (a string, although the API sends a number).</summary>
        public string? AdminAssigneeId { get; set; }

        /// <summary>The assigned team's id (a string, although the API sends a number).</summary>
        public string? TeamAssigneeId { get; set; }

        public Company? Company { get; set; }

        public EmbeddedList<Tag>? Tags { get; set; }

        public ConversationRating? ConversationRating { get; set; }

        /// <summary>The message that started the conversation.</summary>
        public ConversationSource? Source { get; set; }

        /// <summary>The contacts in the conversation (a group conversation has several).</summary>
        public EmbeddedList<ContactReference>? Contacts { get; set; }

        /// <summary>The admins who took part.</summary>
        public EmbeddedList<ObjectReference>? Teammates { get; set; }

        public IDictionary<string, object?>? CustomAttributes { get; set; }

        public ConversationFirstContactReply? FirstContactReply { get; set; }

        public SlaApplied? SlaApplied { get; set; }

        public ConversationStatistics? Statistics { get; set; }

        /// <summary>
        /// The replies, notes and actions; only present when the conversation was fetched by id (null when listed or
        /// searched). Intercom returns at most the latest 500: see <c>IsTruncated</c> and <see cref="PartsTotalCount"/>.
        /// </summary>
        public EmbeddedList<ConversationPart>? Parts { get; set; }

        public bool? AiAgentParticipated { get; set; }

        /// <summary>What the AI agent did in the conversation; null when it took no part.</summary>
        public AiAgent? AiAgent { get; set; }

        /// <summary>The conversation's topics, as Intercom sends them.</summary>
        public IDictionary<string, object?>? Topics { get; set; }

        /// <summary>The ticket the conversation belongs to, as Intercom sends it; null for a plain conversation.</summary>
        public IDictionary<string, object?>? Ticket { get; set; }

        /// <summary>Linked conversations and tickets.</summary>
        public EmbeddedList<LinkedObject>? LinkedObjects { get; set; }

        /// <summary>Records in an external helpdesk or CRM this conversation was synced from (<c>Type</c>, <c>Id</c>).</summary>
        public EmbeddedList<ObjectReference>? ExternalReferences { get; set; }

        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-ConversationId</c> down a pipeline.</summary>
        public string? ConversationId => Id;

        /// <summary>The ids of <see cref="Contacts"/>; empty when there are none.</summary>
        public IReadOnlyList<string> ContactIds =>
            new EmbeddedList<string>(Contacts == null
                ? Enumerable.Empty<string>()
                : Contacts.Where(contact => contact?.Id != null).Select(contact => contact.Id!));

        /// <summary>How many parts the conversation has in all, which may exceed the parts returned.</summary>
        public int? PartsTotalCount => Parts?.TotalCount;

        public override string ToString() => Id ?? string.Empty;
    }

    /// <summary>The message that started a conversation.</summary>
    public sealed class ConversationSource : IntercomObject
    {
        /// <summary>The channel the conversation started on (<c>conversation</c>, <c>email</c>, <c>push</c>...).</summary>
        public new string? Type { get => base.Type; set => base.Type = value; }

        public string? Id { get; set; }

        /// <summary><c>customer_initiated</c>, <c>admin_initiated</c>, <c>automated</c>...</summary>
        public string? DeliveredAs { get; set; }

        public string? Subject { get; set; }

        /// <summary>The message body as HTML.</summary>
        public string? Body { get; set; }

        public ConversationAuthor? Author { get; set; }

        public EmbeddedList<Attachment>? Attachments { get; set; }

        /// <summary>The page the message was sent from, when it came from the Messenger.</summary>
        public string? Url { get; set; }

        public bool? Redacted { get; set; }

        public override string ToString() => Subject ?? DeliveredAs ?? string.Empty;
    }

    /// <summary>Who wrote a message or part: an admin, a bot, a user or a lead.</summary>
    public sealed class ConversationAuthor : IntercomObject
    {
        /// <summary>What this points at or who this is (<c>admin</c>, <c>team</c>, <c>user</c>, <c>lead</c>...).</summary>
        public new string? Type { get => base.Type; set => base.Type = value; }

        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Email { get; set; }

        public bool? FromAiAgent { get; set; }

        public bool? IsAiAnswer { get; set; }

        public override string ToString() => Name ?? Email ?? $"{Type} {Id}";
    }

    /// <summary>The contact's rating of the conversation.</summary>
    public sealed class ConversationRating : IntercomObject
    {
        /// <summary>1 to 5.</summary>
        public int? Rating { get; set; }

        public string? Remark { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? UpdatedAt { get; set; }

        public ContactReference? Contact { get; set; }

        /// <summary>The admin who was rated.</summary>
        public ObjectReference? Teammate { get; set; }

        public override string ToString() => string.IsNullOrEmpty(Remark) ? $"{Rating}" : $"{Rating} ({Remark})";
    }

    /// <summary>What Intercom's AI agent did in a conversation.</summary>
    public sealed class AiAgent : IntercomObject
    {
        /// <summary>What brought the agent in: <c>workflow</c>, <c>profile</c>...</summary>
        public string? SourceType { get; set; }

        public string? SourceTitle { get; set; }

        /// <summary><c>ai_answer</c> or <c>custom_answer</c>; null when it gave no answer.</summary>
        public string? LastAnswerType { get; set; }

        /// <summary><c>assumed_resolution</c>, <c>confirmed_resolution</c>, <c>escalated</c>...</summary>
        public string? ResolutionState { get; set; }

        /// <summary>The contact's rating of the agent, 1 to 5.</summary>
        public int? Rating { get; set; }

        public string? RatingRemark { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? UpdatedAt { get; set; }

        public override string ToString() => ResolutionState ?? LastAnswerType ?? SourceType ?? string.Empty;
    }

    /// <summary>The contact's first reply, for conversations an admin or automation started.</summary>
    public sealed class ConversationFirstContactReply : IntercomObject
    {
        public DateTimeOffset? CreatedAt { get; set; }

        public string? Url { get; set; }

        public override string ToString() => CreatedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
