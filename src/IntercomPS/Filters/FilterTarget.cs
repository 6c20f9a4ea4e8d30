using System;
using System.Collections.Generic;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Search;

namespace IntercomPS.Filters
{
    /// <summary>
    /// What a -Filter is translated for: one search endpoint, with its date fields, how it compares dates (so how far
    /// a date condition must be widened), and which fields can be checked on the objects it returns.
    /// </summary>
    internal sealed class FilterTarget
    {
        private readonly HashSet<string> _dateFields;
        private readonly Func<string, bool> _canRead;

        private FilterTarget(string name, BoundaryPolicy dateBoundaries, bool datesByDay, Func<string, bool> canRead, IEnumerable<string> dateFields)
        {
            Name = name;
            DateBoundaries = dateBoundaries;
            DatesByDay = datesByDay;
            _canRead = canRead;
            _dateFields = new HashSet<string>(dateFields, StringComparer.Ordinal);
        }

        /// <summary>Contact search: date filters compare by calendar day and accept only =, &lt; and &gt;.</summary>
        public static FilterTarget Contact { get; } = new FilterTarget("contact", BoundaryPolicy.CalendarDay, datesByDay: true, ModelFields.Contact.CanRead,
            new[]
            {
                "created_at", "updated_at", "signed_up_at", "last_seen_at", "last_replied_at", "last_contacted_at",
                "last_email_opened_at", "last_email_clicked_at", "ios_last_seen_at", "android_last_seen_at",
            });

        /// <summary>Conversation search: date filters compare to the second, with bounds that may or may not be inclusive.</summary>
        public static FilterTarget Conversation { get; } = new FilterTarget("conversation", BoundaryPolicy.SecondPrecision, datesByDay: false, ModelFields.Conversation.CanRead,
            new[]
            {
                "created_at", "updated_at", "waiting_since", "snoozed_until",
                "statistics.first_contact_reply_at", "statistics.first_assignment_at", "statistics.first_admin_reply_at",
                "statistics.first_close_at", "statistics.last_assignment_at", "statistics.last_assignment_admin_reply_at",
                "statistics.last_contact_reply_at", "statistics.last_admin_reply_at", "statistics.last_close_at",
                "conversation_rating.requested_at", "conversation_rating.replied_at",
            });

        /// <summary>"contact" or "conversation".</summary>
        public static FilterTarget Parse(string name)
        {
            if (string.Equals(name, Contact.Name, StringComparison.OrdinalIgnoreCase)) return Contact;
            if (string.Equals(name, Conversation.Name, StringComparison.OrdinalIgnoreCase)) return Conversation;
            throw new ArgumentException($"'{name}' is not a filter target; use 'contact' or 'conversation'.", nameof(name));
        }

        public string Name { get; }

        public BoundaryPolicy DateBoundaries { get; }

        /// <summary>Date filters match whole days: =, &lt;, &gt; only, and = is never exact.</summary>
        public bool DatesByDay { get; }

        public bool IsDateField(string field) => _dateFields.Contains(field);

        public bool CanCheckOnClient(string field) => _canRead(field);

        public override string ToString() => Name;
    }
}
