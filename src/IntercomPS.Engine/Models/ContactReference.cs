namespace IntercomPS.Engine.Models
{
    /// <summary>A contact as a conversation lists it: its Intercom id and, for users, your own external id.</summary>
    public sealed class ContactReference : IntercomObject
    {
        public string? Id { get; set; }

        public string? ExternalId { get; set; }

        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-ContactId</c> down a pipeline.</summary>
        public string? ContactId => Id;

        public override string ToString() => Id ?? string.Empty;
    }
}
