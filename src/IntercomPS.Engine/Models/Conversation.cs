namespace IntercomPS.Engine.Models
{
    /// <summary>
    /// The hand-written part of the generated <see cref="Conversation"/>: a conversation, as listed or searched
    /// (without parts) or fetched by id (with its parts).
    /// </summary>
    public sealed partial class Conversation
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-ConversationId</c> down a pipeline.</summary>
        public string? ConversationId => Id;

        /// <summary>The ids of <see cref="Contacts"/>; empty when there are none.</summary>
        public IReadOnlyList<string> ContactIds =>
            new EmbeddedList<string>(Contacts == null
                ? Enumerable.Empty<string>()
                : Contacts.Where(contact => contact?.Id != null).Select(contact => contact.Id!));

        /// <summary>How many parts the conversation has in all, which may exceed the parts returned.</summary>
        public int? PartsTotalCount => Parts?.TotalCount;

        /// <summary>A part's JSON does not name its conversation; a pipeline of parts needs it.</summary>
        internal override void AfterRead()
        {
            if (Parts == null) return;
            foreach (var part in Parts) part.ConversationId ??= Id;
        }

        public override string ToString() => Id ?? string.Empty;
    }

    /// <summary>The hand-written part of the generated <see cref="ConversationSource"/>: the message that started a conversation.</summary>
    public sealed partial class ConversationSource
    {
        public override string ToString() => Subject ?? DeliveredAs ?? string.Empty;
    }

    /// <summary>The hand-written part of the generated <see cref="ConversationAuthor"/>: who wrote a message or part.</summary>
    public sealed partial class ConversationAuthor
    {
        public override string ToString() => Name ?? Email ?? $"{Type} {Id}";
    }

    /// <summary>The hand-written part of the generated <see cref="ConversationRating"/>.</summary>
    public sealed partial class ConversationRating
    {
        public override string ToString() => string.IsNullOrEmpty(Remark) ? $"{Rating}" : $"{Rating} ({Remark})";
    }

    /// <summary>The hand-written part of the generated <see cref="AiAgent"/>: what Intercom's AI agent did in a conversation.</summary>
    public sealed partial class AiAgent
    {
        public override string ToString() => ResolutionState ?? LastAnswerType ?? SourceType ?? string.Empty;
    }

    /// <summary>The hand-written part of the generated <see cref="ConversationFirstContactReply"/>.</summary>
    public sealed partial class ConversationFirstContactReply
    {
        public override string ToString() => CreatedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
