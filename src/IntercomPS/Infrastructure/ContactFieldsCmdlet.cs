using System.Collections;

namespace IntercomPS.Infrastructure
{
    /// <summary>Shared parameters of New- and Set-IntercomContact: the writable fields of a contact.</summary>
    [CmdletOptions(OutputType = typeof(Contact))]
    public abstract class ContactFieldsCmdlet : ChangeCmdlet
    {
        // Name, Email, Phone, Role and ExternalId are declared by each cmdlet: New- binds them from piped records
        // (CSV import), Set- must not (a piped contact would otherwise rewrite itself).
        protected abstract string? NameValue { get; }
        protected abstract string? EmailValue { get; }
        protected abstract string? PhoneValue { get; }
        protected abstract string? RoleValue { get; }
        protected abstract string? ExternalIdValue { get; }

        /// <summary>The admin who owns the contact.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? OwnerId { get; set; }

        /// <summary>An image URL.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Avatar { get; set; }

        [Parameter]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? SignedUpAt { get; set; }

        [Parameter]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? LastSeenAt { get; set; }

        [Parameter]
        public bool? UnsubscribedFromEmails { get; set; }

        /// <summary>Custom attributes by name (they must exist in the workspace); $null clears one.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? CustomAttribute { get; set; }

        internal ContactFields ReadFields()
        {
            Dictionary<string, object?>? custom = null;
            if (CustomAttribute != null)
            {
                custom = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in CustomAttribute) custom[entry.Key?.ToString() ?? string.Empty] = PlainValues.FromPowerShell(entry.Value);
            }
            return new ContactFields
            {
                Name = NameValue,
                Email = EmailValue,
                Phone = PhoneValue,
                Role = RoleValue,
                ExternalId = ExternalIdValue,
                OwnerId = OwnerId,
                Avatar = Avatar,
                SignedUpAt = SignedUpAt,
                LastSeenAt = LastSeenAt,
                UnsubscribedFromEmails = UnsubscribedFromEmails,
                CustomAttributes = custom,
            };
        }
    }
}
