using System;
using System.Collections.Generic;

namespace IntercomPS.Infrastructure
{
    /// <summary>-ListItem of the ticket type attribute cmdlets: Intercom takes a list attribute's choices as one comma-separated string.</summary>
    internal static class TicketTypeAttributeValues
    {
        /// <summary>The list_items member for the choices given; null when none are.</summary>
        public static IDictionary<string, object?>? ListItems(string[]? items)
        {
            if (items == null) return null;
            var withComma = Array.Find(items, item => item.IndexOf(',') >= 0);
            if (withComma != null)
            {
                throw new ArgumentException($"The list item '{withComma}' holds a comma, which Intercom reads as a separator between items: give it without the comma.");
            }
            return new Dictionary<string, object?>(StringComparer.Ordinal) { ["list_items"] = string.Join(",", items) };
        }
    }
}
