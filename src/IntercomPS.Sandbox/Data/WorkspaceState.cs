using System.Collections.Concurrent;
using System.Threading;
using IntercomPS.Sandbox.Search;

namespace IntercomPS.Sandbox.Data
{
    /// <summary>Where a contact id leads.</summary>
    internal enum ContactStatus { Unknown, Live, Deleted, Merged }

    /// <summary>All data of one workspace, the write lock, and the lookups routes and truth queries share.</summary>
    internal sealed class WorkspaceState
    {
        private const long WrittenIdBase = 900_000_000_000;
        private readonly ConcurrentDictionary<int, string> _mergedInto = new ConcurrentDictionary<int, string>();
        private readonly SandboxOptions _options;
        private readonly Lazy<int[]> _companyUserCounts;
        private long _nextWrittenId = WrittenIdBase;

        public WorkspaceState(SandboxOptions options)
        {
            _options = options;
            var start = options.RangeStart.ToUnixTimeSeconds();
            var end = options.RangeEnd.ToUnixTimeSeconds();
            Catalog = new WorkspaceCatalog(options.Seed, options.AdminCount, options.TeamCount, options.TagCount, options.SegmentCount, options.CompanyCount, start);
            ContactGenerator = new ContactGenerator(options.Seed, options.ContactCount, start, end, Catalog);
            ConversationGenerator = new ConversationGenerator(options.Seed, options.ConversationCount, start, end, Catalog, ContactGenerator);
            Contacts = new RecordStore<ContactRecord>(ContactGenerator, Changes);
            Conversations = new RecordStore<ConversationRecord>(ConversationGenerator, Changes);
            ContactSearch = new SearchExecutor<ContactRecord>(Contacts, Changes);
            ConversationSearch = new SearchExecutor<ConversationRecord>(Conversations, Changes);
            ContactFields = SearchFields.ForContacts(this);
            ConversationFields = SearchFields.ForConversations(this);
            _companyUserCounts = new Lazy<int[]>(() =>
                Catalog.Companies.Take(Catalog.GeneratedCompanyCount).Select(c => ContactGenerator.CountUsersOfCompany(c.Ordinal, Catalog.GeneratedCompanyCount)).ToArray(),
                LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public SandboxOptions Options => _options;
        public CompanyScrollState CompanyScroll { get; } = new CompanyScrollState();
        public ChangeCounter Changes { get; } = new ChangeCounter();
        public WorkspaceCatalog Catalog { get; }
        public ContactGenerator ContactGenerator { get; }
        public ConversationGenerator ConversationGenerator { get; }
        public RecordStore<ContactRecord> Contacts { get; }
        public RecordStore<ConversationRecord> Conversations { get; }
        public SearchExecutor<ContactRecord> ContactSearch { get; }
        public SearchExecutor<ConversationRecord> ConversationSearch { get; }
        public FieldCatalog<ContactRecord> ContactFields { get; }
        public FieldCatalog<ConversationRecord> ConversationFields { get; }

        /// <summary>Serialises read-modify-write of records; reads never take it (records are copy-on-write).</summary>
        public object WriteGate { get; } = new object();

        public long Now => _options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();

        /// <summary>Ids of parts and notes written through the API, above every generated id.</summary>
        public string NextWrittenId() => Interlocked.Increment(ref _nextWrittenId).ToString(CultureInfo.InvariantCulture);

        /// <summary>The generated users of the company, plus contacts attached through the API, minus those detached.</summary>
        public int CompanyUserCount(CompanyRecord company) =>
            (company.Ordinal < _companyUserCounts.Value.Length ? _companyUserCounts.Value[company.Ordinal] : 0)
            + (_attachedCounts.TryGetValue(company.Id, out var attached) ? attached : 0);

        private readonly ConcurrentDictionary<string, int> _attachedCounts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        /// <summary>Counts a contact attached to (+1) or detached from (-1) a company through the API.</summary>
        public void CountAttached(string companyId, int change) => _attachedCounts.AddOrUpdate(companyId, change, (_, count) => count + change);

        public ContactStatus LookupContact(string id, out ContactRecord? contact, out string? mergedIntoId)
        {
            contact = null;
            mergedIntoId = null;
            if (!WorkspaceCatalog.TryParseObjectOrdinal(id, out var ordinal)) return ContactStatus.Unknown;
            if (!string.Equals(Contacts.IdOf(ordinal), id, StringComparison.Ordinal)) return ContactStatus.Unknown;
            if (_mergedInto.TryGetValue(ordinal, out var into))
            {
                mergedIntoId = into;
                return ContactStatus.Merged;
            }
            contact = Contacts.Get(ordinal);
            return contact == null ? ContactStatus.Deleted : ContactStatus.Live;
        }

        public ContactRecord? FindContact(string? id) =>
            id != null && LookupContact(id, out var contact, out _) == ContactStatus.Live ? contact : null;

        public void MarkMerged(ContactRecord from, string intoId)
        {
            _mergedInto[from.Ordinal] = intoId;
            Contacts.Remove(from.Ordinal);
        }

        /// <summary>Live contacts with this email (case-insensitive): the generated candidate the email names, plus every written or added contact.</summary>
        public IEnumerable<ContactRecord> FindContactsByEmail(string email)
        {
            var seen = new HashSet<int>();
            if (ContactGenerator.TryOrdinalFromEmail(email, out var ordinal) && ordinal < Contacts.GeneratedCount)
            {
                var candidate = Contacts.Get(ordinal);
                if (candidate != null && string.Equals(candidate.Email, email, StringComparison.OrdinalIgnoreCase) && seen.Add(ordinal)) yield return candidate;
            }
            foreach (var record in WrittenAndAddedContacts())
            {
                if (string.Equals(record.Email, email, StringComparison.OrdinalIgnoreCase) && seen.Add(record.Ordinal)) yield return record;
            }
        }

        public ContactRecord? FindContactByExternalId(string externalId)
        {
            if (ContactGenerator.TryOrdinalFromExternalId(externalId, out var ordinal) && ordinal < Contacts.GeneratedCount)
            {
                var candidate = Contacts.Get(ordinal);
                if (candidate != null && candidate.ExternalId == externalId) return candidate;
            }
            return WrittenAndAddedContacts().FirstOrDefault(c => c.ExternalId == externalId);
        }

        private IEnumerable<ContactRecord> WrittenAndAddedContacts()
        {
            foreach (var record in Contacts.Written)
            {
                if (!Contacts.IsRemoved(record.Ordinal)) yield return record;
            }
            foreach (var record in Contacts.Added)
            {
                var live = Contacts.Get(record.Ordinal);
                if (live != null) yield return live;
            }
        }

        public ConversationRecord? FindConversation(string? id)
        {
            if (id == null || !ConversationGenerator.TryParseOrdinal(id, out var ordinal)) return null;
            if (!string.Equals(Conversations.IdOf(ordinal), id, StringComparison.Ordinal)) return null;
            return Conversations.Get(ordinal);
        }

        /// <summary>A conversation's reference to a contact: current external_id without generating the whole contact.</summary>
        public string? ContactExternalId(string contactId)
        {
            if (!WorkspaceCatalog.TryParseObjectOrdinal(contactId, out var ordinal)) return null;
            if (Contacts.TryGetStored(ordinal, out var stored)) return stored.ExternalId;
            return ordinal < ContactGenerator.GeneratedCount ? ContactGenerator.Identity(ordinal).ExternalId : null;
        }

        /// <summary>Tag ids of a record that still exist (deleting a tag removes it everywhere).</summary>
        public IReadOnlyList<string> LiveTagIds(List<AppliedTag> tags)
        {
            var live = new List<string>(tags.Count);
            foreach (var tag in tags)
            {
                if (Catalog.FindTag(tag.TagId) != null) live.Add(tag.TagId);
            }
            return live;
        }

        /// <summary>All parts of a conversation, oldest first (generated history, then written parts).</summary>
        public List<PartRecord> PartsOf(ConversationRecord conversation, int newest)
        {
            var total = conversation.GeneratedPartCount + conversation.AddedParts.Count;
            var skip = Math.Max(0, total - newest);
            var parts = conversation.GeneratedPartCount > skip
                ? ConversationGenerator.GenerateParts(conversation.Ordinal, conversation.CreatedAt, skip)
                : new List<PartRecord>();
            var addedSkip = Math.Max(0, skip - conversation.GeneratedPartCount);
            parts.AddRange(conversation.AddedParts.Skip(addedSkip));
            return parts;
        }

        /// <summary>A conversation added after generation (incremental-export tests): generated content, given created_at.</summary>
        public ConversationRecord AddConversation(long createdAt) =>
            Conversations.Append(ordinal => ConversationGenerator.Build(ordinal, createdAt));
    }
}
