namespace IntercomPS.Engine.Models
{
    /// <summary>The hand-written part of the generated <see cref="ContactReference"/>.</summary>
    public sealed partial class ContactReference
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-ContactId</c> down a pipeline.</summary>
        public string? ContactId => Id;

        public override string ToString() => Id ?? string.Empty;
    }
}
