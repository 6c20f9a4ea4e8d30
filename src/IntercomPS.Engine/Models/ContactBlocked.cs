namespace IntercomPS.Engine.Models
{
    /// <summary>Intercom's answer to blocking a contact.</summary>
    public sealed partial class ContactBlocked
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-ContactId</c> down a pipeline.</summary>
        public string? ContactId => Id;

        public override string ToString() => Id ?? string.Empty;
    }
}
