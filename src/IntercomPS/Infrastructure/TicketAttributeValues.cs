namespace IntercomPS.Infrastructure
{
    /// <summary>-Title and -Description of the ticket cmdlets: the two attributes every ticket type has, by their names.</summary>
    internal static class TicketAttributeValues
    {
        /// <summary>Body members (paths) for the title and description given; empty when neither is.</summary>
        public static Dictionary<string, object?> Defaults(string? title, string? description)
        {
            var members = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (title != null) members["ticket_attributes." + Ticket.TitleAttribute] = title;
            if (description != null) members["ticket_attributes." + Ticket.DescriptionAttribute] = description;
            return members;
        }
    }
}
