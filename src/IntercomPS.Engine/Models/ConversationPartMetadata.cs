namespace IntercomPS.Engine.Models
{
    /// <summary>The hand-written part of the generated <see cref="ConversationPartMetadata"/>: a part's quick replies.</summary>
    public sealed partial class ConversationPartMetadata
    {
        /// <summary>The options offered, as a table cell or CSV column shows them.</summary>
        public override string ToString() =>
            QuickReplyOptions == null ? QuickReplyUuid ?? string.Empty : string.Join(", ", QuickReplyOptions.Select(option => option?.Text));
    }
}
