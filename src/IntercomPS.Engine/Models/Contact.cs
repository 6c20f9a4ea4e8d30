namespace IntercomPS.Engine.Models
{
    /// <summary>The hand-written part of the generated <see cref="Contact"/>: a user or a lead.</summary>
    public sealed partial class Contact
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-ContactId</c> down a pipeline.</summary>
        public string? ContactId => Id;

        public override string ToString() => Name ?? Email ?? ExternalId ?? Id ?? string.Empty;
    }

    /// <summary>The hand-written part of the generated <see cref="ContactLocation"/>: where a contact was last seen.</summary>
    public sealed partial class ContactLocation
    {
        public override string ToString() =>
            string.Join(", ", new[] { City, Region, Country }.Where(part => !string.IsNullOrEmpty(part)));
    }
}
