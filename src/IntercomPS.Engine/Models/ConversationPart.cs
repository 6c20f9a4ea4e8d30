namespace IntercomPS.Engine.Models
{
    /// <summary>
    /// The hand-written part of the generated <see cref="ConversationPart"/>: one reply, note or action (assignment,
    /// close, snooze...) in a conversation.
    /// </summary>
    public sealed partial class ConversationPart
    {
        /// <summary>The conversation the part belongs to; not in the part's JSON, set when the conversation is read.</summary>
        public string? ConversationId { get; set; }

        public override string ToString() => $"{PartType} {Id}";
    }
}
