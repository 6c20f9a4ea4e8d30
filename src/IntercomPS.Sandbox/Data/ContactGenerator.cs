namespace IntercomPS.Sandbox.Data
{
    /// <summary>Contact i of the seeded workspace, built from (seed, i) alone.</summary>
    internal sealed class ContactGenerator : SeededGenerator, IRecordSource<ContactRecord>
    {
        /// <summary>Generated users carry external_id = base + ordinal, so a lookup by external_id needs no scan.</summary>
        public const long ExternalIdBase = 100_000;
        private const uint ContactIdKind = 0xC7u;
        private const long GeneratedNoteIdBase = 60_000_000;

        private readonly long _rangeEnd;

        public ContactGenerator(int seed, int count, long rangeStart, long rangeEnd, WorkspaceCatalog catalog)
            : base(seed, Stream.ContactTime, count, rangeStart, rangeEnd, catalog)
        {
            _rangeEnd = rangeEnd;
        }

        public long MaxUnwrittenUpdateLag => MaxUpdateLag;

        private const long MaxUpdateLag = 20L * 86400;

        public string GeneratedId(int ordinal) => IdFor(ordinal, Layout.At(ordinal));

        public string IdFor(int ordinal, long createdAt) => Catalog.ObjectId(createdAt, ContactIdKind, ordinal);

        public ContactRecord Generate(int ordinal) => Build(ordinal, Layout.At(ordinal));

        /// <summary>Who contact i is, without building the rest (conversations quote their contacts' names and emails).</summary>
        public ContactIdentity Identity(int ordinal)
        {
            var random = new DeterministicRandom(Seed, Stream.Contact, ordinal);
            return DrawIdentity(ref random, ordinal, IdFor(ordinal, Layout.At(ordinal)));
        }

        /// <summary>Ordinal a generated email or external_id points at, when it has the generated shape.</summary>
        public static bool TryOrdinalFromEmail(string email, out int ordinal)
        {
            ordinal = -1;
            var at = email.IndexOf('@');
            var start = at;
            while (start > 0 && char.IsDigit(email[start - 1])) start--;
            return start < at && int.TryParse(email.Substring(start, at - start), NumberStyles.None, CultureInfo.InvariantCulture, out ordinal);
        }

        public static bool TryOrdinalFromExternalId(string externalId, out int ordinal)
        {
            ordinal = -1;
            if (!long.TryParse(externalId, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return false;
            var offset = value - ExternalIdBase;
            if (offset < 0 || offset > int.MaxValue) return false;
            ordinal = (int)offset;
            return true;
        }

        public ContactRecord Build(int ordinal, long createdAt)
        {
            var random = new DeterministicRandom(Seed, Stream.Contact, ordinal);
            var identity = DrawIdentity(ref random, ordinal, IdFor(ordinal, createdAt));
            var contact = new ContactRecord
            {
                Ordinal = ordinal,
                Id = identity.Id,
                CreatedAt = createdAt,
                Role = identity.Role,
                Name = identity.Name,
                Email = identity.Email,
                ExternalId = identity.ExternalId,
            };

            contact.Phone = random.Chance(0.4) ? "+1 555 " + (1_000_000 + ordinal % 9_000_000).ToString(CultureInfo.InvariantCulture) : null;
            contact.OwnerId = random.Chance(0.3) && Catalog.Admins.Length > 0 ? Catalog.Admins[random.Next(Catalog.Admins.Length)].Id : null;
            contact.AvatarUrl = random.Chance(0.2) ? "https://static.intercomassets.com/avatars/contacts/" + identity.Id + ".png" : null;
            contact.UpdatedAt = createdAt + random.Between(0, MaxUpdateLag);
            if (contact.UpdatedAt < createdAt) contact.UpdatedAt = createdAt;
            contact.SignedUpAt = contact.Role == "user" ? createdAt - random.Between(0, 3L * 86400) : (long?)null;
            contact.LastSeenAt = random.Chance(0.85) ? createdAt + random.Between(0, 30L * 86400) : (long?)null;
            contact.LastRepliedAt = random.Chance(0.4) ? createdAt + random.Between(3600, 25L * 86400) : (long?)null;
            contact.LastContactedAt = random.Chance(0.5) ? createdAt + random.Between(3600, 25L * 86400) : (long?)null;
            contact.LastEmailOpenedAt = random.Chance(0.3) ? createdAt + random.Between(3600, 25L * 86400) : (long?)null;
            contact.LastEmailClickedAt = random.Chance(0.15) ? createdAt + random.Between(3600, 25L * 86400) : (long?)null;
            if (random.Chance(0.8))
            {
                contact.Browser = random.Pick(Vocabulary.Browsers);
                contact.BrowserVersion = random.Between(90, 130).ToString(CultureInfo.InvariantCulture) + ".0";
                contact.BrowserLanguage = random.Pick(Vocabulary.Languages);
                contact.Os = random.Pick(Vocabulary.OperatingSystems);
            }
            contact.LanguageOverride = random.Chance(0.05) ? random.Pick(Vocabulary.Languages) : null;
            contact.Location = random.Chance(0.9) ? random.Next(Vocabulary.Locations.Length) : -1;
            contact.UnsubscribedFromEmails = random.Chance(0.1);
            contact.HasHardBounced = random.Chance(0.02);
            contact.MarkedEmailAsSpam = random.Chance(0.01);

            contact.CustomAttributes["plan"] = random.Weighted(Vocabulary.Plans, Vocabulary.PlanWeights);
            contact.CustomAttributes["seats"] = random.Between(1, 250);
            contact.CustomAttributes["beta_tester"] = random.Chance(0.15);

            var tagCount = Catalog.GeneratedTagCount == 0 ? 0 : random.Weighted(new[] { 0, 1, 2 }, new double[] { 60, 30, 10 });
            for (var t = 0; t < tagCount; t++)
            {
                var tagId = Catalog.GeneratedTagId(random.Next(Catalog.GeneratedTagCount));
                if (contact.Tags.Exists(x => x.TagId == tagId)) continue;
                contact.Tags.Add(new AppliedTag
                {
                    TagId = tagId,
                    AppliedAt = createdAt + random.Between(0, 5L * 86400),
                    AppliedById = Catalog.Admins.Length > 0 ? Catalog.Admins[random.Next(Catalog.Admins.Length)].Id : "",
                });
            }

            var company = Catalog.CompanyOfContact(ordinal);
            if (company != null && contact.Role == "user") contact.CompanyIds.Add(company.Id);

            var noteCount = random.Weighted(new[] { 0, 1, 2 }, new double[] { 80, 15, 5 });
            for (var n = noteCount - 1; n >= 0; n--)
            {
                contact.Notes.Add(new NoteRecord
                {
                    Id = (GeneratedNoteIdBase + (long)ordinal * 3 + n).ToString(CultureInfo.InvariantCulture),
                    CreatedAt = createdAt + (n + 1) * random.Between(600, 3L * 86400),
                    ContactId = contact.Id,
                    AuthorAdminId = Catalog.Admins.Length > 0 ? Catalog.Admins[random.Next(Catalog.Admins.Length)].Id : null,
                    Body = "<p>" + random.Pick(Vocabulary.AdminReplies) + "</p>",
                });
            }
            return contact;
        }

        /// <summary>The ordinal of the generated contact a generated note id belongs to; null for any other id.</summary>
        public static int? ContactOrdinalOfNote(string noteId)
        {
            if (!long.TryParse(noteId, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < GeneratedNoteIdBase) return null;
            var ordinal = (value - GeneratedNoteIdBase) / 3;
            return ordinal > int.MaxValue ? (int?)null : (int)ordinal;
        }

        /// <summary>Number of generated users in a company (see <see cref="WorkspaceCatalog.CompanyOfContact"/>).</summary>
        public int CountUsersOfCompany(int companyOrdinal, int companyCount)
        {
            var count = 0;
            for (var ordinal = companyOrdinal; ordinal < GeneratedCount; ordinal += companyCount)
            {
                var random = new DeterministicRandom(Seed, Stream.Contact, ordinal);
                if (random.NextDouble() < UserShare) count++;
            }
            return count;
        }

        private const double UserShare = 0.7;

        private static ContactIdentity DrawIdentity(ref DeterministicRandom random, int ordinal, string id)
        {
            // The first draw decides the role: CountUsersOfCompany relies on it.
            var isUser = random.NextDouble() < UserShare;
            var first = random.Pick(Vocabulary.FirstNames);
            var last = random.Pick(Vocabulary.LastNames);
            var domain = random.Pick(Vocabulary.EmailDomains);
            var hasEmail = isUser || random.Chance(0.6);
            var hasName = isUser || random.Chance(0.7);
            var email = hasEmail
                ? WorkspaceCatalog.Ascii(first) + "." + WorkspaceCatalog.Ascii(last) + ordinal.ToString(CultureInfo.InvariantCulture) + "@" + domain
                : null;
            return new ContactIdentity(
                id,
                isUser ? "user" : "lead",
                hasName ? first + " " + last : null,
                email,
                isUser ? (ExternalIdBase + ordinal).ToString(CultureInfo.InvariantCulture) : null);
        }
    }

    internal readonly record struct ContactIdentity(string Id, string Role, string? Name, string? Email, string? ExternalId);
}
