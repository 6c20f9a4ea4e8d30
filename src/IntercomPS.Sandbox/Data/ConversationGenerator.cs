namespace IntercomPS.Sandbox.Data
{
    /// <summary>
    /// Conversation i of the seeded workspace, built from (seed, i) and its created_at. Parts are regenerated on demand
    /// from the same inputs; statistics are derived from the same part plan so the two always agree.
    /// </summary>
    internal sealed class ConversationGenerator : SeededGenerator, IRecordSource<ConversationRecord>
    {
        /// <summary>Conversation ids look like Intercom's 15-digit ones; id = base + 3 * ordinal + (0..2).</summary>
        public const long IdBase = 215_470_000_000_000;
        /// <summary>Part ids: base + 1000 * ordinal + part index (generated conversations have fewer than 1000 parts).</summary>
        private const long PartIdBase = 40_000_000_000;
        public const int MaxPartsReturned = 500;

        private readonly ContactGenerator _contacts;
        private readonly int _contactCount;

        public ConversationGenerator(int seed, int count, long rangeStart, long rangeEnd, WorkspaceCatalog catalog, ContactGenerator contacts)
            : base(seed, Stream.ConversationTime, count, rangeStart, rangeEnd, catalog)
        {
            _contacts = contacts;
            _contactCount = contacts.GeneratedCount;
        }

        public long MaxUnwrittenUpdateLag => LongestConversation;

        private const long LongestConversation = 20L * 86400;

        public string GeneratedId(int ordinal) => IdFor(ordinal);

        public string IdFor(int ordinal) =>
            (IdBase + 3L * ordinal + (long)(DeterministicRandom.Hash(Seed, Stream.Conversation, -1 - (long)ordinal) % 3)).ToString(CultureInfo.InvariantCulture);

        public static bool TryParseOrdinal(string id, out int ordinal)
        {
            ordinal = -1;
            if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return false;
            var offset = (value - IdBase) / 3;
            if (value < IdBase || offset > int.MaxValue) return false;
            ordinal = (int)offset;
            return true;
        }

        public ConversationRecord Generate(int ordinal) => Build(ordinal, Layout.At(ordinal));

        public ConversationRecord Build(int ordinal, long createdAt)
        {
            var facts = DrawFacts(ordinal, createdAt);
            var random = facts.Random;
            var record = new ConversationRecord
            {
                Ordinal = ordinal,
                Id = IdFor(ordinal),
                CreatedAt = createdAt,
                UpdatedAt = facts.UpdatedAt,
                State = facts.State,
                AdminAssigneeId = facts.AssigneeAdmin == null ? 0 : long.Parse(facts.AssigneeAdmin.Id, CultureInfo.InvariantCulture),
                GeneratedPartCount = facts.PartCount,
            };
            foreach (var contactOrdinal in facts.ContactOrdinals) record.ContactIds.Add(_contacts.GeneratedId(contactOrdinal));

            record.Read = random.Chance(0.7);
            record.Priority = random.Weighted(Vocabulary.Priorities, Vocabulary.PriorityWeights);
            record.TeamAssigneeId = Catalog.Teams.Length > 0 && random.Chance(0.7)
                ? long.Parse(Catalog.TeamIdAt(random.Next(Catalog.Teams.Length)), CultureInfo.InvariantCulture)
                : 0;
            record.Title = random.Chance(0.3) ? random.Pick(Vocabulary.Subjects) : null;

            var source = record.Source;
            source.Type = random.Weighted(Vocabulary.SourceTypes, Vocabulary.SourceTypeWeights);
            source.Id = (400_000_000L + ordinal).ToString(CultureInfo.InvariantCulture);
            source.DeliveredAs = facts.CustomerInitiated ? "customer_initiated" : random.Chance(0.8) ? "admin_initiated" : "automated";
            source.Subject = source.Type == "email" ? random.Pick(Vocabulary.Subjects) : "";
            source.Body = "<p>" + random.Pick(Vocabulary.Sentences) + "</p>";
            source.Url = source.Type == "conversation" && random.Chance(0.3) ? "https://app.example.com/pricing" : null;
            if (facts.CustomerInitiated)
            {
                var author = facts.FirstContact;
                source.AuthorType = author.Role;
                source.AuthorId = author.Id;
                source.AuthorName = author.Name;
                source.AuthorEmail = author.Email;
            }
            else
            {
                var author = facts.AssigneeAdmin ?? facts.ReplyingAdmin;
                source.AuthorType = "admin";
                source.AuthorId = author?.Id ?? "";
                source.AuthorName = author?.Name;
                source.AuthorEmail = author?.Email;
            }

            var tagCount = Catalog.GeneratedTagCount == 0 ? 0 : random.Weighted(new[] { 0, 1, 2, 3 }, new double[] { 50, 30, 15, 5 });
            for (var t = 0; t < tagCount; t++)
            {
                var tagId = Catalog.GeneratedTagId(random.Next(Catalog.GeneratedTagCount));
                if (record.Tags.Exists(x => x.TagId == tagId)) continue;
                record.Tags.Add(new AppliedTag
                {
                    TagId = tagId,
                    AppliedAt = createdAt + random.Between(0, Math.Max(0, facts.UpdatedAt - createdAt)),
                    AppliedById = facts.ReplyingAdmin?.Id ?? "",
                });
            }

            record.CustomAttributes["issue_type"] = random.Pick(Vocabulary.IssueTypes);
            record.CustomAttributes["order_count"] = random.Between(0, 20);
            record.CustomAttributes["vip"] = random.Chance(0.1);

            FillTimeline(record, facts, ref random);
            return record;
        }

        /// <summary>The generated parts of a conversation, oldest first, from index <paramref name="from"/> on.</summary>
        public List<PartRecord> GenerateParts(int ordinal, long createdAt, int from)
        {
            var facts = DrawFacts(ordinal, createdAt);
            var parts = new List<PartRecord>(Math.Max(0, facts.PartCount - from));
            for (var k = Math.Max(0, from); k < facts.PartCount; k++) parts.Add(BuildPart(facts, k));
            return parts;
        }

        private void FillTimeline(ConversationRecord record, ConversationFacts facts, ref DeterministicRandom random)
        {
            var stats = record.Statistics;
            stats.CountConversationParts = facts.PartCount;
            long? firstAdminReply = null, lastAdminReply = null, lastContactReply = null;
            for (var k = 0; k < facts.PartCount && firstAdminReply == null; k++)
            {
                if (PartKind(facts, k) == PartKinds.AdminComment) firstAdminReply = PartTime(facts, k);
            }
            for (var k = facts.PartCount - 1; k >= 0 && (lastAdminReply == null || lastContactReply == null); k--)
            {
                var kind = PartKind(facts, k);
                if (kind == PartKinds.AdminComment && lastAdminReply == null) lastAdminReply = PartTime(facts, k);
                if (kind == PartKinds.ContactComment && lastContactReply == null) lastContactReply = PartTime(facts, k);
            }

            if (facts.CustomerInitiated)
            {
                record.FirstContactReplyAt = record.CreatedAt;
                stats.FirstContactReplyAt = record.CreatedAt;
                stats.LastContactReplyAt = lastContactReply ?? record.CreatedAt;
            }
            else
            {
                stats.LastContactReplyAt = lastContactReply;
            }
            stats.FirstAdminReplyAt = firstAdminReply;
            stats.LastAdminReplyAt = lastAdminReply;
            stats.TimeToAdminReply = firstAdminReply - record.CreatedAt;
            stats.MedianTimeToReply = firstAdminReply == null ? (long?)null : (firstAdminReply - record.CreatedAt) / 2 + random.Between(0, 600);
            if (facts.AssigneeAdmin != null && facts.PartCount > 0)
            {
                var assignedAt = PartTime(facts, 0);
                stats.FirstAssignmentAt = assignedAt;
                stats.LastAssignmentAt = assignedAt;
                stats.TimeToAssignment = assignedAt - record.CreatedAt;
                stats.LastAssignmentAdminReplyAt = firstAdminReply;
                stats.CountAssignments = 1;
            }
            if (record.State == "closed")
            {
                stats.FirstCloseAt = record.UpdatedAt;
                stats.LastCloseAt = record.UpdatedAt;
                stats.TimeToFirstClose = record.UpdatedAt - record.CreatedAt;
                stats.TimeToLastClose = record.UpdatedAt - record.CreatedAt;
                stats.LastClosedById = (facts.AssigneeAdmin ?? facts.ReplyingAdmin)?.Id;
                stats.CountReopens = random.Chance(0.1) ? 1 : 0;
                if (random.Chance(0.25) && facts.ContactOrdinals.Count > 0)
                {
                    record.Rating = new RatingRecord
                    {
                        Rating = (int)random.Between(1, 5),
                        Remark = random.Pick(Vocabulary.Remarks),
                        CreatedAt = record.UpdatedAt,
                        UpdatedAt = record.UpdatedAt + random.Between(0, 3600),
                        ContactId = record.ContactIds[0],
                        TeammateId = (facts.AssigneeAdmin ?? facts.ReplyingAdmin)?.Id ?? "",
                    };
                }
            }
            if (record.State == "snoozed") record.SnoozedUntil = record.UpdatedAt + random.Between(3600, 7L * 86400);
            var lastKind = facts.PartCount == 0 ? PartKinds.ContactComment : PartKind(facts, facts.PartCount - 1);
            if (record.State != "closed" && lastKind == PartKinds.ContactComment) record.WaitingSince = lastContactReply ?? record.CreatedAt;

            // Every admin-authored part in generated history is the replying admin's, so they are the one teammate.
            var adminWrote = false;
            for (var k = 0; k < facts.PartCount && !adminWrote; k++) adminWrote = PartKind(facts, k) != PartKinds.ContactComment;
            if (adminWrote && facts.ReplyingAdmin != null) record.TeammateIds.Add(facts.ReplyingAdmin.Id);
        }

        private enum PartKinds { Assignment, AdminComment, AdminNote, ContactComment, Close, Snoozed }

        private sealed class ConversationFacts
        {
            public int Ordinal;
            public long CreatedAt;
            public long UpdatedAt;
            public string State = "open";
            public int PartCount;
            public bool CustomerInitiated;
            public AdminRecord? AssigneeAdmin;
            public AdminRecord? ReplyingAdmin;
            public List<int> ContactOrdinals = new List<int>();
            public ContactIdentity FirstContact;
            public DeterministicRandom Random;
        }

        /// <summary>The facts parts and statistics depend on, drawn first so both can be rebuilt independently.</summary>
        private ConversationFacts DrawFacts(int ordinal, long createdAt)
        {
            var random = new DeterministicRandom(Seed, Stream.Conversation, ordinal);
            var facts = new ConversationFacts { Ordinal = ordinal, CreatedAt = createdAt };
            if (_contactCount > 0)
            {
                // Squaring skews towards low ordinals: some contacts have many conversations, most few or none.
                var u = random.NextDouble();
                facts.ContactOrdinals.Add((int)(_contactCount * u * u));
                if (random.Chance(0.1))
                {
                    var second = random.Next(_contactCount);
                    if (second != facts.ContactOrdinals[0]) facts.ContactOrdinals.Add(second);
                }
                facts.FirstContact = _contacts.Identity(facts.ContactOrdinals[0]);
            }
            else
            {
                random.NextDouble();
            }
            facts.CustomerInitiated = facts.ContactOrdinals.Count > 0 && random.Chance(0.75);
            facts.State = random.Weighted(new[] { "closed", "open", "snoozed" }, new double[] { 55, 35, 10 });
            var admins = Catalog.Admins;
            facts.AssigneeAdmin = admins.Length > 0 && random.Chance(0.8) ? admins[random.Next(admins.Length)] : null;
            facts.ReplyingAdmin = facts.AssigneeAdmin ?? (admins.Length > 0 ? admins[random.Next(admins.Length)] : null);

            var shape = random.NextDouble();
            facts.PartCount = shape < 0.002 ? (int)random.Between(MaxPartsReturned + 1, 900)
                : shape < 0.7 ? (int)random.Between(1, 6)
                : (int)random.Between(7, 30);
            var longest = facts.PartCount > MaxPartsReturned ? LongestConversation : 5L * 86400;
            facts.UpdatedAt = createdAt + random.Between(60, longest);
            facts.Random = random;
            return facts;
        }

        private PartKinds PartKind(ConversationFacts facts, int k)
        {
            if (k == facts.PartCount - 1 && facts.State == "closed") return PartKinds.Close;
            if (k == facts.PartCount - 1 && facts.State == "snoozed") return PartKinds.Snoozed;
            if (k == 0 && facts.AssigneeAdmin != null) return PartKinds.Assignment;
            if (k == 0 || facts.ContactOrdinals.Count == 0) return PartKinds.AdminComment;
            var roll = DeterministicRandom.Hash(Seed, Stream.Part, (long)facts.Ordinal * 1024 + k) % 100;
            return roll < 45 ? PartKinds.ContactComment : roll < 90 ? PartKinds.AdminComment : PartKinds.AdminNote;
        }

        private static long PartTime(ConversationFacts facts, int k) =>
            facts.CreatedAt + (facts.UpdatedAt - facts.CreatedAt) * (k + 1) / facts.PartCount;

        private PartRecord BuildPart(ConversationFacts facts, int k)
        {
            var kind = PartKind(facts, k);
            var random = new DeterministicRandom(Seed, Stream.Part, (long)facts.Ordinal * 1024 + k);
            random.NextULong();
            var part = new PartRecord
            {
                Id = (PartIdBase + 1000L * facts.Ordinal + k).ToString(CultureInfo.InvariantCulture),
                CreatedAt = PartTime(facts, k),
                State = "open",
            };
            if (kind == PartKinds.ContactComment)
            {
                var contact = facts.FirstContact;
                part.PartType = "comment";
                part.Body = "<p>" + random.Pick(Vocabulary.Sentences) + "</p>";
                part.AuthorType = contact.Role;
                part.AuthorId = contact.Id;
                part.AuthorName = contact.Name;
                part.AuthorEmail = contact.Email;
                return part;
            }

            var admin = facts.ReplyingAdmin;
            part.AuthorType = "admin";
            part.AuthorId = admin?.Id ?? "";
            part.AuthorName = admin?.Name;
            part.AuthorEmail = admin?.Email;
            switch (kind)
            {
                case PartKinds.Assignment:
                    part.PartType = "assignment";
                    part.AssignedToType = "admin";
                    part.AssignedToId = facts.AssigneeAdmin!.Id;
                    break;
                case PartKinds.AdminComment:
                    part.PartType = "comment";
                    part.Body = "<p>" + random.Pick(Vocabulary.AdminReplies) + "</p>";
                    break;
                case PartKinds.AdminNote:
                    part.PartType = "note";
                    part.Body = "<p>Internal: " + random.Pick(Vocabulary.Sentences) + "</p>";
                    break;
                case PartKinds.Close:
                    part.PartType = "close";
                    part.State = "closed";
                    break;
                case PartKinds.Snoozed:
                    part.PartType = "snoozed";
                    part.State = "snoozed";
                    break;
            }
            return part;
        }
    }
}
