namespace IntercomPS.Engine.Models
{
    /// <summary>The hand-written part of the generated <see cref="EmailMessageMetadata"/>: the email behind a part.</summary>
    public sealed partial class EmailMessageMetadata
    {
        public override string ToString() => Subject ?? MessageId ?? string.Empty;
    }
}
