using System;
using System.Collections.Generic;
using System.Linq;

namespace IntercomPS.Engine.Models
{
    /// <summary>A user or a lead.</summary>
    public sealed class Contact : IntercomObject
    {
        public string? Id { get; set; }

        /// <summary>Your own id for the user; leads have none.</summary>
        public string? ExternalId { get; set; }

        public string? WorkspaceId { get; set; }

        /// <summary><c>user</c> or <c>lead</c>.</summary>
        public string? Role { get; set; }

        public string? Email { get; set; }

        public string? EmailDomain { get; set; }

        public string? Phone { get; set; }

        public string? Name { get; set; }

        /// <summary>The avatar image URL.</summary>
        public string? Avatar { get; set; }

        /// <summary>The admin who owns the contact (a string, although API versions before 2.16 sent a number).</summary>
        public string? OwnerId { get; set; }

        public bool? HasHardBounced { get; set; }

        public bool? MarkedEmailAsSpam { get; set; }

        public bool? UnsubscribedFromEmails { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? UpdatedAt { get; set; }

        public DateTimeOffset? SignedUpAt { get; set; }

        public DateTimeOffset? LastSeenAt { get; set; }

        public DateTimeOffset? LastRepliedAt { get; set; }

        public DateTimeOffset? LastContactedAt { get; set; }

        public DateTimeOffset? LastEmailOpenedAt { get; set; }

        public DateTimeOffset? LastEmailClickedAt { get; set; }

        public string? LanguageOverride { get; set; }

        public string? Browser { get; set; }

        public string? BrowserVersion { get; set; }

        public string? BrowserLanguage { get; set; }

        public string? Os { get; set; }

        public ContactLocation? Location { get; set; }

        public IDictionary<string, object?>? CustomAttributes { get; set; }

        /// <summary>The contact's tags: ids only, and only the first few when <c>IsTruncated</c>.</summary>
        public EmbeddedList<Tag>? Tags { get; set; }

        /// <summary>The contact's notes, as references; only the first few when <c>IsTruncated</c>.</summary>
        public EmbeddedList<ObjectReference>? Notes { get; set; }

        /// <summary>The contact's companies: ids only, and only the first few when <c>IsTruncated</c>.</summary>
        public EmbeddedList<Company>? Companies { get; set; }

        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-ContactId</c> down a pipeline.</summary>
        public string? ContactId => Id;

        public override string ToString() => Name ?? Email ?? ExternalId ?? Id ?? string.Empty;
    }

    /// <summary>Where a contact was last seen, as Intercom geolocated it.</summary>
    public sealed class ContactLocation : IntercomObject
    {
        public string? Country { get; set; }

        public string? Region { get; set; }

        public string? City { get; set; }

        public string? CountryCode { get; set; }

        public string? ContinentCode { get; set; }

        public override string ToString() =>
            string.Join(", ", new[] { City, Region, Country }.Where(part => !string.IsNullOrEmpty(part)));
    }
}
