namespace IntercomPS.Engine.Models
{
    public sealed partial class Ticket
    {
        /// <summary>The attribute every ticket type has for the ticket's title.</summary>
        public const string TitleAttribute = "_default_title_";

        /// <summary>The attribute every ticket type has for the ticket's description.</summary>
        public const string DescriptionAttribute = "_default_description_";

        /// <summary>
        /// Same as <see cref="Id"/>; lets the object bind to <c>-TicketId</c> down a pipeline. The number the Inbox
        /// shows (#12345), which the API calls ticket_id, is <see cref="TicketNumber"/>.
        /// </summary>
        public string? TicketId => Id;

        /// <summary>The ticket's title (its <c>_default_title_</c> attribute).</summary>
        public string? Title => AttributeText(TitleAttribute);

        /// <summary>The ticket's description (its <c>_default_description_</c> attribute).</summary>
        public string? Description => AttributeText(DescriptionAttribute);

        private string? AttributeText(string name) =>
            TicketAttributes != null && TicketAttributes.TryGetValue(name, out var value) && value is string text ? text : null;

        public override string ToString() => Title ?? Id ?? string.Empty;
    }
}
