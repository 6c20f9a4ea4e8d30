using System.Collections.Concurrent;
using System.Threading;

namespace IntercomPS.Sandbox.Data
{
    /// <summary>
    /// The small collections (admins, teams, tags, segments, companies) and workspace identity. They are few enough to
    /// hold in memory; only tags and company tagging change at runtime.
    /// </summary>
    internal sealed class WorkspaceCatalog
    {
        private const long AdminIdBase = 5_530_100;
        private const long TeamIdBase = 8_140_000;
        private const long TagIdBase = 3_200_000;

        private readonly int _seed;
        private readonly object _tagGate = new object();
        private readonly List<TagRecord> _tags = new List<TagRecord>();
        private readonly ConcurrentDictionary<string, List<string>> _companyTags = new ConcurrentDictionary<string, List<string>>();
        private long _nextTagId;

        public WorkspaceCatalog(int seed, int adminCount, int teamCount, int tagCount, int segmentCount, int companyCount, long rangeStart)
        {
            _seed = seed;
            var workspace = new DeterministicRandom(seed, Stream.Workspace, 0);
            AppIdCode = "sbx" + (workspace.NextULong() & 0xFFFFFFFFFFUL).ToString("x10", CultureInfo.InvariantCulture);
            AppName = "Sandbox Workspace";
            AppCreatedAt = rangeStart - 400L * 86400;
            ObjectIdTag = (uint)(workspace.NextULong() & 0xFFFFFFFF);

            Teams = Enumerable.Range(0, teamCount).Select(i => new TeamRecord
            {
                Id = (TeamIdBase + i).ToString(CultureInfo.InvariantCulture),
                Name = Vocabulary.TeamNames[i % Vocabulary.TeamNames.Length] + (i >= Vocabulary.TeamNames.Length ? " " + (i / Vocabulary.TeamNames.Length + 1) : ""),
            }).ToArray();

            Admins = Enumerable.Range(0, adminCount).Select(BuildAdmin).ToArray();
            foreach (var admin in Admins)
            {
                foreach (var teamId in admin.TeamIds)
                {
                    Teams[(int)(teamId - TeamIdBase)].AdminIds.Add(long.Parse(admin.Id, CultureInfo.InvariantCulture));
                }
            }

            for (var i = 0; i < tagCount; i++)
            {
                var name = Vocabulary.TagNames[i % Vocabulary.TagNames.Length] + (i >= Vocabulary.TagNames.Length ? " " + (i / Vocabulary.TagNames.Length + 1) : "");
                _tags.Add(new TagRecord { Id = (TagIdBase + i).ToString(CultureInfo.InvariantCulture), Name = name });
            }
            GeneratedTagCount = tagCount;
            _nextTagId = TagIdBase + tagCount;

            Segments = Enumerable.Range(0, segmentCount).Select(i =>
            {
                var random = new DeterministicRandom(seed, Stream.Segment, i);
                var created = AppCreatedAt + random.Between(0, 300L * 86400);
                return new SegmentRecord
                {
                    Ordinal = i,
                    Id = ObjectId(created, 0x5E6u, i),
                    Name = Vocabulary.SegmentNames[i % Vocabulary.SegmentNames.Length] + (i >= Vocabulary.SegmentNames.Length ? " " + (i / Vocabulary.SegmentNames.Length + 1) : ""),
                    CreatedAt = created,
                    UpdatedAt = created + random.Between(0, 30L * 86400),
                    PersonType = i % 2 == 0 ? "user" : "contact",
                };
            }).ToArray();

            _allCompanies = Enumerable.Range(0, companyCount).Select(i => BuildCompany(i, rangeStart)).ToArray();
            _liveCompanies = _allCompanies;
            GeneratedCompanyCount = companyCount;
        }

        public string AppIdCode { get; }
        public string AppName { get; }
        public long AppCreatedAt { get; }

        /// <summary>Middle part of this workspace's 24-hex ids, so ids from other seeds do not resolve here.</summary>
        public uint ObjectIdTag { get; }

        public AdminRecord[] Admins { get; }
        public TeamRecord[] Teams { get; }
        public SegmentRecord[] Segments { get; }

        /// <summary>The companies that exist now (not deleted), by ordinal. Replaced, never changed, by a write.</summary>
        public CompanyRecord[] Companies => Volatile.Read(ref _liveCompanies);

        /// <summary>How many companies were generated; contacts are spread over these (<see cref="CompanyOfContact"/>).</summary>
        public int GeneratedCompanyCount { get; }

        // Every company ever made, deleted ones included, at the index of its ordinal (ids encode the ordinal).
        // Written copy-on-write under _companyGate; readers take the array they find.
        private readonly object _companyGate = new object();
        private CompanyRecord[] _allCompanies;
        private CompanyRecord[] _liveCompanies;
        public int GeneratedTagCount { get; }

        /// <summary>The /me admin.</summary>
        public AdminRecord Me => Admins[0];

        /// <summary>24 hex digits like Intercom's object ids: creation time, workspace tag and kind, ordinal.</summary>
        public string ObjectId(long createdAt, uint kind, int ordinal) =>
            ((uint)createdAt).ToString("x8", CultureInfo.InvariantCulture) + ((ObjectIdTag ^ kind) & 0xFFFFFFFF).ToString("x8", CultureInfo.InvariantCulture) + ((uint)ordinal).ToString("x8", CultureInfo.InvariantCulture);

        public static bool TryParseObjectOrdinal(string id, out int ordinal)
        {
            ordinal = -1;
            if (id == null || id.Length != 24) return false;
            if (!uint.TryParse(id.Substring(16), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) || value > int.MaxValue) return false;
            ordinal = (int)value;
            return true;
        }

        public AdminRecord? FindAdmin(string? id)
        {
            if (!TryParseIndex(id, AdminIdBase, Admins.Length, out var index)) return null;
            return Admins[index];
        }

        public TeamRecord? FindTeam(string? id)
        {
            if (!TryParseIndex(id, TeamIdBase, Teams.Length, out var index)) return null;
            return Teams[index];
        }

        public SegmentRecord? FindSegment(string? id)
        {
            if (id == null || !TryParseObjectOrdinal(id, out var ordinal) || ordinal >= Segments.Length) return null;
            var segment = Segments[ordinal];
            return segment.Id == id ? segment : null;
        }

        public CompanyRecord? FindCompany(string? id)
        {
            var all = Volatile.Read(ref _allCompanies);
            if (id == null || !TryParseObjectOrdinal(id, out var ordinal) || ordinal >= all.Length) return null;
            var company = all[ordinal];
            return company.Id == id && !company.Deleted ? company : null;
        }

        /// <summary>
        /// POST /companies: the company with this company_id changed by <paramref name="apply"/>, or a new one made
        /// with it (created true).
        /// </summary>
        public CompanyRecord UpsertCompany(string companyId, long now, Action<CompanyRecord> apply, out bool created)
        {
            lock (_companyGate)
            {
                var existing = FindCompanyByCompanyId(companyId);
                created = existing == null;
                if (existing != null) return ReplaceCompany(existing, now, apply);
                var ordinal = _allCompanies.Length;
                var company = new CompanyRecord
                {
                    Ordinal = ordinal,
                    Id = ObjectId(now, 0xC0u, ordinal),
                    CompanyId = companyId,
                    RemoteCreatedAt = now,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                apply(company);
                Publish(_allCompanies.Concat(new[] { company }).ToArray());
                return company;
            }
        }

        /// <summary>PUT /companies/{id}: the company changed by <paramref name="apply"/> (a new record); null when there is none.</summary>
        public CompanyRecord? UpdateCompany(string id, long now, Action<CompanyRecord> apply)
        {
            lock (_companyGate)
            {
                var existing = FindCompany(id);
                return existing == null ? null : ReplaceCompany(existing, now, apply);
            }
        }

        /// <summary>DELETE /companies/{id}: false when there is no such company. Its contacts are detached when read.</summary>
        public bool DeleteCompany(string id)
        {
            lock (_companyGate)
            {
                var existing = FindCompany(id);
                if (existing == null) return false;
                var deleted = existing.Clone();
                deleted.Deleted = true;
                var all = (CompanyRecord[])_allCompanies.Clone();
                all[existing.Ordinal] = deleted;
                Publish(all);
                return true;
            }
        }

        private CompanyRecord ReplaceCompany(CompanyRecord existing, long now, Action<CompanyRecord> apply)
        {
            var changed = existing.Clone();
            apply(changed);
            changed.UpdatedAt = now;
            var all = (CompanyRecord[])_allCompanies.Clone();
            all[existing.Ordinal] = changed;
            Publish(all);
            return changed;
        }

        private void Publish(CompanyRecord[] all)
        {
            Volatile.Write(ref _liveCompanies, all.Where(c => !c.Deleted).ToArray());
            Volatile.Write(ref _allCompanies, all);
        }

        public CompanyRecord? FindCompanyByCompanyId(string companyId) =>
            Companies.FirstOrDefault(c => string.Equals(c.CompanyId, companyId, StringComparison.Ordinal));

        public CompanyRecord? FindCompanyByName(string name) =>
            Companies.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>Contacts with this ordinal belong to the company (users only), which makes user_count computable.</summary>
        public CompanyRecord? CompanyOfContact(int contactOrdinal) =>
            GeneratedCompanyCount == 0 ? null : Volatile.Read(ref _allCompanies)[contactOrdinal % GeneratedCompanyCount];

        public string AdminIdAt(int ordinal) => (AdminIdBase + ordinal).ToString(CultureInfo.InvariantCulture);

        public string TeamIdAt(int ordinal) => (TeamIdBase + ordinal).ToString(CultureInfo.InvariantCulture);

        public string GeneratedTagId(int ordinal) => (TagIdBase + ordinal).ToString(CultureInfo.InvariantCulture);

        public IReadOnlyList<TagRecord> Tags
        {
            get { lock (_tagGate) return _tags.ToArray(); }
        }

        public TagRecord? FindTag(string? id)
        {
            if (id == null) return null;
            lock (_tagGate) return _tags.FirstOrDefault(t => t.Id == id);
        }

        public TagRecord? FindTagByName(string name)
        {
            lock (_tagGate) return _tags.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>Finds a tag by name or creates it (POST /tags semantics).</summary>
        public TagRecord FindOrCreateTag(string name)
        {
            lock (_tagGate)
            {
                var existing = _tags.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
                if (existing != null) return existing;
                var tag = new TagRecord { Id = (_nextTagId++).ToString(CultureInfo.InvariantCulture), Name = name };
                _tags.Add(tag);
                return tag;
            }
        }

        public TagRecord? RenameTag(string id, string name)
        {
            lock (_tagGate)
            {
                var index = _tags.FindIndex(t => t.Id == id);
                if (index < 0) return null;
                _tags[index] = _tags[index].Renamed(name);
                return _tags[index];
            }
        }

        public bool DeleteTag(string id)
        {
            lock (_tagGate)
            {
                var index = _tags.FindIndex(t => t.Id == id);
                if (index < 0) return false;
                _tags.RemoveAt(index);
                foreach (var list in _companyTags.Values)
                {
                    lock (list) list.Remove(id);
                }
                return true;
            }
        }

        public IReadOnlyList<string> CompanyTagIds(string companyId)
        {
            if (!_companyTags.TryGetValue(companyId, out var list)) return new string[0];
            lock (list) return list.ToArray();
        }

        public void SetCompanyTag(string companyId, string tagId, bool tagged)
        {
            var list = _companyTags.GetOrAdd(companyId, _ => new List<string>());
            lock (list)
            {
                if (tagged && !list.Contains(tagId)) list.Add(tagId);
                if (!tagged) list.Remove(tagId);
            }
        }

        /// <summary>Deterministic segment membership: role matches the segment's person type, then about half of those.</summary>
        public bool IsInSegment(ContactRecord contact, SegmentRecord segment)
        {
            var role = segment.PersonType == "user" ? "user" : "lead";
            if (contact.Role != role) return false;
            return DeterministicRandom.Hash(_seed, Stream.SegmentMembership, (long)contact.Ordinal * 64 + segment.Ordinal) % 2 == 0;
        }

        private AdminRecord BuildAdmin(int ordinal)
        {
            var random = new DeterministicRandom(_seed, Stream.Admin, ordinal);
            var first = random.Pick(Vocabulary.FirstNames);
            var last = random.Pick(Vocabulary.LastNames);
            var admin = new AdminRecord
            {
                Ordinal = ordinal,
                Id = AdminIdAt(ordinal),
                Name = first + " " + last,
                Email = Ascii(first) + "." + Ascii(last) + "@" + AppIdCode + ".sandbox.test",
                JobTitle = ordinal == 0 ? "Workspace owner" : random.Pick(Vocabulary.AdminJobTitles),
                AwayModeEnabled = ordinal != 0 && random.Chance(0.15),
                HasInboxSeat = ordinal == 0 || random.Chance(0.9),
                AvatarUrl = "https://static.intercomassets.com/avatars/" + AdminIdAt(ordinal) + "/square_128/avatar.png",
            };
            admin.AwayModeReassign = admin.AwayModeEnabled && random.Chance(0.5);
            if (Teams.Length > 0)
            {
                // The workspace owner sits in every team; everybody else in one (and sometimes a second).
                if (ordinal == 0)
                {
                    for (var t = 0; t < Teams.Length; t++) admin.TeamIds.Add(TeamIdBase + t);
                }
                else
                {
                    admin.TeamIds.Add(TeamIdBase + ordinal % Teams.Length);
                    var second = random.Next(Teams.Length);
                    if (random.Chance(0.3) && second != ordinal % Teams.Length) admin.TeamIds.Add(TeamIdBase + second);
                }
            }
            return admin;
        }

        private CompanyRecord BuildCompany(int ordinal, long rangeStart)
        {
            var random = new DeterministicRandom(_seed, Stream.Company, ordinal);
            var created = rangeStart - random.Between(30L * 86400, 700L * 86400);
            var name = random.Pick(Vocabulary.CompanyWords) + " " + random.Pick(Vocabulary.CompanySuffixes) + " " + (ordinal + 1).ToString(CultureInfo.InvariantCulture);
            var planIndex = Array.IndexOf(Vocabulary.Plans, random.Weighted(Vocabulary.Plans, Vocabulary.PlanWeights));
            var company = new CompanyRecord
            {
                Ordinal = ordinal,
                Id = ObjectId(created, 0xC0u, ordinal),
                CompanyId = (1000 + ordinal).ToString(CultureInfo.InvariantCulture),
                Name = name,
                PlanId = (269_300 + planIndex).ToString(CultureInfo.InvariantCulture),
                PlanName = Vocabulary.Plans[planIndex],
                RemoteCreatedAt = created - random.Between(0, 365L * 86400),
                CreatedAt = created,
                UpdatedAt = created + random.Between(0, 20L * 86400),
                LastRequestAt = rangeStart + random.Between(0, 60L * 86400),
                Size = (int)random.Between(1, 5000),
                Website = "https://www." + Ascii(name.Split(' ')[0]) + (ordinal + 1).ToString(CultureInfo.InvariantCulture) + ".test",
                Industry = random.Pick(Vocabulary.Industries),
                MonthlySpend = (int)random.Between(0, 20000),
                SessionCount = (int)random.Between(0, 10000),
            };
            company.CustomAttributes["tier"] = random.Pick(new[] { "gold", "silver", "bronze" });
            company.CustomAttributes["employees_band"] = company.Size < 50 ? "1-49" : company.Size < 500 ? "50-499" : "500+";
            return company;
        }

        public static string Ascii(string text)
        {
            var chars = new List<char>(text.Length);
            foreach (var c in text.ToLowerInvariant())
            {
                switch (c)
                {
                    case 'ä': chars.Add('a'); chars.Add('e'); break;
                    case 'ö': chars.Add('o'); chars.Add('e'); break;
                    case 'ü': chars.Add('u'); chars.Add('e'); break;
                    case 'é': case 'è': case 'ê': chars.Add('e'); break;
                    case 'í': chars.Add('i'); break;
                    case 'á': case 'ã': chars.Add('a'); break;
                    default:
                        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') chars.Add(c);
                        break;
                }
            }
            return new string(chars.ToArray());
        }

        private static bool TryParseIndex(string? id, long idBase, int count, out int index)
        {
            index = -1;
            if (id == null || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return false;
            var offset = value - idBase;
            if (offset < 0 || offset >= count) return false;
            index = (int)offset;
            return true;
        }
    }
}
