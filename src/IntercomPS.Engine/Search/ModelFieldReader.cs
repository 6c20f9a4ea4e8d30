using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Search
{
    /// <summary>
    /// Reads a model's value of a search field by the field's Intercom name (<c>created_at</c>, <c>source.author.email</c>,
    /// <c>custom_attributes.plan</c>), normalized the way the search compares it: dates as unix seconds (long),
    /// integers as long, strings, booleans, lists of strings, or null.
    /// </summary>
    public sealed class ModelFieldReader<T>
    {
        private const string CustomPrefix = "custom_attributes.";
        private readonly Dictionary<string, Func<T, object?>> _fields = new Dictionary<string, Func<T, object?>>(StringComparer.Ordinal);
        private readonly Func<T, IDictionary<string, object?>?> _customAttributes;

        internal ModelFieldReader(Func<T, IDictionary<string, object?>?> customAttributes) => _customAttributes = customAttributes;

        /// <summary>True when <paramref name="field"/> can be read from the model (known fields and every custom attribute).</summary>
        public bool CanRead(string field) => _fields.ContainsKey(field) || IsCustomAttribute(field);

        /// <summary>The normalized value; null when the model has none.</summary>
        /// <exception cref="ArgumentException">The field cannot be read from this model.</exception>
        public object? Read(T item, string field)
        {
            if (_fields.TryGetValue(field, out var read)) return Normalize(read(item));
            if (!IsCustomAttribute(field)) throw new ArgumentException($"'{field}' cannot be read from a {typeof(T).Name}.", nameof(field));
            var attributes = _customAttributes(item);
            return attributes != null && attributes.TryGetValue(field.Substring(CustomPrefix.Length), out var value) ? Normalize(value) : null;
        }

        internal ModelFieldReader<T> Add(string field, Func<T, object?> read)
        {
            _fields[field] = read;
            return this;
        }

        private static bool IsCustomAttribute(string field) => field.StartsWith(CustomPrefix, StringComparison.Ordinal) && field.Length > CustomPrefix.Length;

        internal static object? Normalize(object? value)
        {
            switch (value)
            {
                case null: return null;
                case string text: return text;
                case bool flag: return flag;
                case long number: return number;
                case int number: return (long)number;
                case DateTimeOffset instant: return instant.ToUnixTimeSeconds();
                case double number when Math.Floor(number) == number && Math.Abs(number) < 9e15: return (long)number;
                case double number: return number;
                case IEnumerable<string> items: return items.ToList();
                default: return Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>The field readers of the searchable models.</summary>
    public static class ModelFields
    {
        /// <summary>Contact search fields (the date, identity, location, subscription fields and custom attributes).</summary>
        public static ModelFieldReader<Contact> Contact { get; } = new ModelFieldReader<Contact>(c => c.CustomAttributes)
            .Add("id", c => c.Id)
            .Add("external_id", c => c.ExternalId)
            .Add("role", c => c.Role)
            .Add("email", c => c.Email)
            .Add("email_domain", c => c.EmailDomain)
            .Add("phone", c => c.Phone)
            .Add("name", c => c.Name)
            .Add("owner_id", c => c.OwnerId)
            .Add("language_override", c => c.LanguageOverride)
            .Add("browser", c => c.Browser)
            .Add("browser_language", c => c.BrowserLanguage)
            .Add("os", c => c.Os)
            .Add("location.country", c => c.Location?.Country)
            .Add("location.region", c => c.Location?.Region)
            .Add("location.city", c => c.Location?.City)
            .Add("has_hard_bounced", c => c.HasHardBounced)
            .Add("marked_email_as_spam", c => c.MarkedEmailAsSpam)
            .Add("unsubscribed_from_emails", c => c.UnsubscribedFromEmails)
            .Add("created_at", c => c.CreatedAt)
            .Add("updated_at", c => c.UpdatedAt)
            .Add("signed_up_at", c => c.SignedUpAt)
            .Add("last_seen_at", c => c.LastSeenAt)
            .Add("last_replied_at", c => c.LastRepliedAt)
            .Add("last_contacted_at", c => c.LastContactedAt)
            .Add("last_email_opened_at", c => c.LastEmailOpenedAt)
            .Add("last_email_clicked_at", c => c.LastEmailClickedAt);

        /// <summary>
        /// Conversation search fields that a listed or searched conversation carries in full (not contact_ids or tag_ids:
        /// the embedded lists may be truncated, so a client-side check on them could be wrong).
        /// </summary>
        public static ModelFieldReader<Conversation> Conversation { get; } = new ModelFieldReader<Conversation>(c => c.CustomAttributes)
            .Add("id", c => c.Id)
            .Add("title", c => c.Title)
            .Add("state", c => c.State)
            .Add("open", c => c.Open)
            .Add("read", c => c.Read)
            .Add("priority", c => c.Priority)
            .Add("admin_assignee_id", c => c.AdminAssigneeId)
            .Add("team_assignee_id", c => c.TeamAssigneeId)
            .Add("created_at", c => c.CreatedAt)
            .Add("updated_at", c => c.UpdatedAt)
            .Add("waiting_since", c => c.WaitingSince)
            .Add("snoozed_until", c => c.SnoozedUntil)
            .Add("source.type", c => c.Source?.Type)
            .Add("source.id", c => c.Source?.Id)
            .Add("source.delivered_as", c => c.Source?.DeliveredAs)
            .Add("source.subject", c => c.Source?.Subject)
            .Add("source.author.id", c => c.Source?.Author?.Id)
            .Add("source.author.type", c => c.Source?.Author?.Type)
            .Add("source.author.name", c => c.Source?.Author?.Name)
            .Add("source.author.email", c => c.Source?.Author?.Email)
            .Add("source.url", c => c.Source?.Url)
            .Add("ai_agent_participated", c => c.AiAgentParticipated)
            .Add("conversation_rating.score", c => c.ConversationRating?.Rating)
            .Add("conversation_rating.remark", c => c.ConversationRating?.Remark);
    }
}
