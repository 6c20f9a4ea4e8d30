namespace IntercomPS.Sandbox.Data
{
    /// <summary>An object kept in a <see cref="RecordStore{T}"/>: ordinal (position of generation or creation), id and an immutable created_at.</summary>
    internal interface IRecord
    {
        int Ordinal { get; }
        string Id { get; }
        long CreatedAt { get; }
    }

    internal sealed class AdminRecord
    {
        public int Ordinal;
        public string Id = "";
        public string Name = "";
        public string Email = "";
        public string JobTitle = "";
        public bool AwayModeEnabled;
        public bool AwayModeReassign;
        public bool HasInboxSeat;
        public List<long> TeamIds = new List<long>();
        public string AvatarUrl = "";
    }

    internal sealed class TeamRecord
    {
        public string Id = "";
        public string Name = "";
        public List<long> AdminIds = new List<long>();
        public string DistributionMethod = "round_robin";
    }

    internal sealed class TagRecord
    {
        public string Id = "";
        public string Name = "";
        public TagRecord Renamed(string name) => new TagRecord { Id = Id, Name = name };
    }

    internal sealed class SegmentRecord
    {
        public int Ordinal;
        public string Id = "";
        public string Name = "";
        public long CreatedAt;
        public long UpdatedAt;
        /// <summary>"user" or "contact" (leads), as the API spells it.</summary>
        public string PersonType = "user";
    }

    internal sealed class CompanyRecord
    {
        public int Ordinal;
        public string Id = "";
        public string CompanyId = "";
        public string Name = "";
        public string PlanId = "";
        public string PlanName = "";
        public long RemoteCreatedAt;
        public long CreatedAt;
        public long UpdatedAt;
        public long LastRequestAt;
        public int Size;
        public string Website = "";
        public string Industry = "";
        public int MonthlySpend;
        public int SessionCount;
        public int UserCount;
        public SortedDictionary<string, object?> CustomAttributes = new SortedDictionary<string, object?>();

        /// <summary>Deleted through the API: gone from every read; contacts that pointed at it are detached.</summary>
        public bool Deleted;

        public CompanyRecord Clone()
        {
            var copy = (CompanyRecord)MemberwiseClone();
            copy.CustomAttributes = new SortedDictionary<string, object?>(CustomAttributes, CustomAttributes.Comparer);
            return copy;
        }
    }

    internal sealed class NoteRecord
    {
        public string Id = "";
        public long CreatedAt;
        public string ContactId = "";
        public string? AuthorAdminId;
        public string Body = "";
    }

    internal sealed class AppliedTag
    {
        public string TagId = "";
        public long AppliedAt;
        public string AppliedByType = "admin";
        public string AppliedById = "";

        public AppliedTag Copy() => (AppliedTag)MemberwiseClone();
    }

    /// <summary>A record that carries tags (a contact, a conversation): tagging copies it, changes the copy and puts it back.</summary>
    internal interface ITaggedRecord<T> : IRecord where T : ITaggedRecord<T>
    {
        List<AppliedTag> Tags { get; }

        long UpdatedAt { get; set; }

        T Clone();
    }

    internal sealed class ContactRecord : ITaggedRecord<ContactRecord>
    {
        public int Ordinal { get; set; }
        public string Id { get; set; } = "";
        public long CreatedAt { get; set; }

        public string Role = "user";
        public string? Email;
        public string? Name;
        public string? Phone;
        public string? ExternalId;
        public string? OwnerId;
        public string? AvatarUrl;
        public long UpdatedAt;
        public long? SignedUpAt;
        public long? LastSeenAt;
        public long? LastRepliedAt;
        public long? LastContactedAt;
        public long? LastEmailOpenedAt;
        public long? LastEmailClickedAt;
        public string? Browser;
        public string? BrowserVersion;
        public string? BrowserLanguage;
        public string? Os;
        public string? LanguageOverride;
        /// <summary>Index into <see cref="Vocabulary.Locations"/>, -1 for unknown.</summary>
        public int Location = -1;
        public bool UnsubscribedFromEmails;
        public bool HasHardBounced;
        public bool MarkedEmailAsSpam;
        public bool Archived;
        public SortedDictionary<string, object?> CustomAttributes = new SortedDictionary<string, object?>();
        public List<AppliedTag> Tags = new List<AppliedTag>();
        public List<string> CompanyIds = new List<string>();
        /// <summary>Newest first, as the notes list returns them.</summary>
        public List<NoteRecord> Notes = new List<NoteRecord>();

        public string? EmailDomain => Email == null ? null : Email.Substring(Email.IndexOf('@') + 1);

        List<AppliedTag> ITaggedRecord<ContactRecord>.Tags => Tags;

        long ITaggedRecord<ContactRecord>.UpdatedAt { get => UpdatedAt; set => UpdatedAt = value; }

        public ContactRecord Clone()
        {
            var copy = (ContactRecord)MemberwiseClone();
            copy.CustomAttributes = new SortedDictionary<string, object?>(CustomAttributes);
            copy.Tags = Tags.Select(tag => tag.Copy()).ToList();
            copy.CompanyIds = new List<string>(CompanyIds);
            copy.Notes = new List<NoteRecord>(Notes);
            return copy;
        }
    }

    internal sealed class SourceRecord
    {
        public string Type = "conversation";
        public string Id = "";
        public string DeliveredAs = "customer_initiated";
        public string Subject = "";
        public string Body = "";
        public string AuthorType = "user";
        public string AuthorId = "";
        public string? AuthorName;
        public string? AuthorEmail;
        public string? Url;
    }

    internal sealed class StatisticsRecord
    {
        public long? TimeToAssignment;
        public long? TimeToAdminReply;
        public long? TimeToFirstClose;
        public long? TimeToLastClose;
        public long? MedianTimeToReply;
        public long? FirstContactReplyAt;
        public long? FirstAssignmentAt;
        public long? FirstAdminReplyAt;
        public long? FirstCloseAt;
        public long? LastAssignmentAt;
        public long? LastAssignmentAdminReplyAt;
        public long? LastContactReplyAt;
        public long? LastAdminReplyAt;
        public long? LastCloseAt;
        public string? LastClosedById;
        public int CountReopens;
        public int CountAssignments;
        public int CountConversationParts;

        public StatisticsRecord Clone() => (StatisticsRecord)MemberwiseClone();
    }

    internal sealed class RatingRecord
    {
        public int Rating;
        public string Remark = "";
        public long CreatedAt;
        public long UpdatedAt;
        public string ContactId = "";
        public string TeammateId = "";
    }

    internal sealed class PartRecord
    {
        public string Id = "";
        public string PartType = "comment";
        public string? Body;
        public long CreatedAt;
        public string? AssignedToType;
        public string? AssignedToId;
        public string AuthorType = "admin";
        public string AuthorId = "";
        public string? AuthorName;
        public string? AuthorEmail;
        /// <summary>Conversation state right after this part.</summary>
        public string State = "open";
    }

    internal sealed class ConversationRecord : ITaggedRecord<ConversationRecord>
    {
        public int Ordinal { get; set; }
        public string Id { get; set; } = "";
        public long CreatedAt { get; set; }

        public long UpdatedAt;
        public string? Title;
        public string State = "open";
        public bool Read;
        public string Priority = "none";
        /// <summary>0 when unassigned, as the API reports it.</summary>
        public long AdminAssigneeId;
        public long TeamAssigneeId;
        public long? WaitingSince;
        public long? SnoozedUntil;
        public string? CompanyId;
        public List<string> ContactIds = new List<string>();
        public List<AppliedTag> Tags = new List<AppliedTag>();
        public SourceRecord Source = new SourceRecord();
        public SortedDictionary<string, object?> CustomAttributes = new SortedDictionary<string, object?>();
        public StatisticsRecord Statistics = new StatisticsRecord();
        public RatingRecord? Rating;
        public List<string> TeammateIds = new List<string>();
        public long? FirstContactReplyAt;
        /// <summary>Parts regenerated from the ordinal on demand (history never changes).</summary>
        public int GeneratedPartCount;
        /// <summary>Parts written through the API, oldest first.</summary>
        public List<PartRecord> AddedParts = new List<PartRecord>();

        public bool Open => State != "closed";

        List<AppliedTag> ITaggedRecord<ConversationRecord>.Tags => Tags;

        long ITaggedRecord<ConversationRecord>.UpdatedAt { get => UpdatedAt; set => UpdatedAt = value; }

        public ConversationRecord Clone()
        {
            var copy = (ConversationRecord)MemberwiseClone();
            copy.ContactIds = new List<string>(ContactIds);
            copy.Tags = Tags.Select(tag => tag.Copy()).ToList();
            copy.CustomAttributes = new SortedDictionary<string, object?>(CustomAttributes);
            copy.Statistics = Statistics.Clone();
            copy.TeammateIds = new List<string>(TeammateIds);
            copy.AddedParts = new List<PartRecord>(AddedParts);
            return copy;
        }
    }
}
