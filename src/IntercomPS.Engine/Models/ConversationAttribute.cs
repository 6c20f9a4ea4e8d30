namespace IntercomPS.Engine.Models
{
    public sealed partial class ConversationAttribute
    {
        /// <summary>Same as <see cref="Id"/>; lets the attribute bind to <c>-ConversationAttributeId</c> down a pipeline (its options).</summary>
        public string? ConversationAttributeId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
