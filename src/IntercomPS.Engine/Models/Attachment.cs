namespace IntercomPS.Engine.Models
{
    /// <summary>The hand-written part of the generated <see cref="Attachment"/>.</summary>
    public sealed partial class Attachment
    {
        public override string ToString() => Name ?? Url ?? string.Empty;
    }
}
