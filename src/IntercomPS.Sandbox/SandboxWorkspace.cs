using System.Net.Http;
using IntercomPS.Sandbox.Http;
using IntercomPS.Sandbox.Http.Loopback;
using IntercomPS.Sandbox.Search;
using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox
{
    /// <summary>
    /// An in-memory Intercom workspace that answers the REST API 2.16 as documented, over an in-process
    /// <see cref="HttpMessageHandler"/> or a loopback HTTP server (both share one router, log and rate limiter).
    /// Objects are generated from (seed, index) on demand, so a million conversations cost no memory until written.
    /// </summary>
    public sealed class SandboxWorkspace : IDisposable
    {
        private readonly WorkspaceState _state;
        private readonly SandboxPipeline _pipeline;
        private readonly List<SandboxServer> _servers = new List<SandboxServer>();
        private bool _disposed;

        public SandboxWorkspace(SandboxOptions? options = null)
        {
            Options = options ?? new SandboxOptions();
            Validate(Options);
            _state = new WorkspaceState(Options);
            Log = new SandboxRequestLog(Options.LogCapacity);
            _pipeline = new SandboxPipeline(Options, _state, Log);
        }

        public SandboxOptions Options { get; }

        public SandboxRequestLog Log { get; }

        /// <summary>Route templates served: the hand-written <see cref="SandboxRoutes"/>, then every other declared operation.</summary>
        public IReadOnlyList<string> Routes => _pipeline.Routes.ToArray();

        /// <summary>The routes of declared operations no hand-written route serves.</summary>
        internal Generic.GenericRoutes Generic => _pipeline.Generic;

        /// <summary>An in-process handler (no sockets) for an HttpClient with any base address. Thread-safe; create as many as needed.</summary>
        public HttpMessageHandler CreateHandler()
        {
            ThrowIfDisposed();
            return new InProcessHandler(_pipeline);
        }

        /// <summary>Serves the workspace on http://127.0.0.1:<paramref name="port"/>/ (0 picks a free port) until the server or the workspace is disposed.</summary>
        public SandboxServer StartServer(int port = 0)
        {
            ThrowIfDisposed();
            var server = new SandboxServer(new LoopbackHttpServer(_pipeline, port));
            lock (_servers) _servers.Add(server);
            return server;
        }

        /// <summary>Id of the admin /me returns (the workspace owner).</summary>
        public string AdminId => _state.Catalog.Me.Id;

        /// <summary>The workspace's app id_code (/me app.id_code, contacts' workspace_id).</summary>
        public string AppId => _state.Catalog.AppIdCode;

        public IReadOnlyList<string> AdminIds => _state.Catalog.Admins.Select(a => a.Id).ToArray();
        public IReadOnlyList<string> TeamIds => _state.Catalog.Teams.Select(t => t.Id).ToArray();
        public IReadOnlyList<string> TagIds => _state.Catalog.Tags.Select(t => t.Id).ToArray();
        public IReadOnlyList<string> SegmentIds => _state.Catalog.Segments.Select(s => s.Id).ToArray();
        public IReadOnlyList<string> CompanyIds => _state.Catalog.Companies.Select(c => c.Id).ToArray();

        /// <summary>Live conversations (generated + added − deleted).</summary>
        public int ConversationCount => _state.Conversations.LiveCount;

        /// <summary>Live contacts (generated + created − deleted − merged away).</summary>
        public int ContactCount => _state.Contacts.LiveCount;

        /// <summary>Id of generated conversation <paramref name="index"/> (index order is created_at order).</summary>
        public string ConversationIdAt(int index)
        {
            if (index < 0 || index >= _state.Conversations.GeneratedCount) throw new ArgumentOutOfRangeException(nameof(index));
            return _state.ConversationGenerator.GeneratedId(index);
        }

        /// <summary>Id of generated contact <paramref name="index"/> (index order is created_at order).</summary>
        public string ContactIdAt(int index)
        {
            if (index < 0 || index >= _state.Contacts.GeneratedCount) throw new ArgumentOutOfRangeException(nameof(index));
            return _state.ContactGenerator.GeneratedId(index);
        }

        /// <summary>Truth for range reads: live conversations with created_at in [start, endExclusive), in created_at order. Computed from the data, not via HTTP.</summary>
        public IReadOnlyList<string> ConversationIdsCreatedIn(DateTimeOffset start, DateTimeOffset endExclusive) =>
            IdsCreatedIn(_state.Conversations, start, endExclusive);

        /// <summary>Truth: live contacts with created_at in [start, endExclusive), in created_at order.</summary>
        public IReadOnlyList<string> ContactIdsCreatedIn(DateTimeOffset start, DateTimeOffset endExclusive) =>
            IdsCreatedIn(_state.Contacts, start, endExclusive);

        /// <summary>Truth: live conversations whose date field (created_at, updated_at, waiting_since, statistics.last_close_at...) is in [start, endExclusive).</summary>
        public IReadOnlyList<string> ConversationIdsWhere(string dateField, DateTimeOffset start, DateTimeOffset endExclusive) =>
            IdsWhere(_state.Conversations, _state.ConversationFields, dateField, start, endExclusive);

        /// <summary>Truth: live contacts whose date field (created_at, updated_at, signed_up_at, last_seen_at...) is in [start, endExclusive).</summary>
        public IReadOnlyList<string> ContactIdsWhere(string dateField, DateTimeOffset start, DateTimeOffset endExclusive) =>
            IdsWhere(_state.Contacts, _state.ContactFields, dateField, start, endExclusive);

        /// <summary>Adds a conversation (generated content, the given created_at, a new higher id), as if it arrived now.</summary>
        public string AddConversation(DateTimeOffset createdAt)
        {
            lock (_state.WriteGate) return _state.AddConversation(createdAt.ToUnixTimeSeconds()).Id;
        }

        /// <summary>Deletes a live contact (as DELETE /contacts/{id}); false when unknown or already gone.</summary>
        public bool DeleteContact(string id)
        {
            lock (_state.WriteGate)
            {
                var contact = _state.FindContact(id);
                return contact != null && _state.Contacts.Remove(contact.Ordinal);
            }
        }

        /// <summary>Deletes a live conversation (as DELETE /conversations/{id}); false when unknown or already gone.</summary>
        public bool DeleteConversation(string id)
        {
            lock (_state.WriteGate)
            {
                var conversation = _state.FindConversation(id);
                return conversation != null && _state.Conversations.Remove(conversation.Ordinal);
            }
        }

        /// <summary>Sets a conversation's updated_at (default: now by the workspace clock), as any write would; false when unknown.</summary>
        public bool TouchConversation(string id, DateTimeOffset? updatedAt = null)
        {
            lock (_state.WriteGate)
            {
                var conversation = _state.FindConversation(id);
                if (conversation == null) return false;
                var copy = conversation.Clone();
                copy.UpdatedAt = (updatedAt ?? Options.TimeProvider.GetUtcNow()).ToUnixTimeSeconds();
                _state.Conversations.Put(copy);
                return true;
            }
        }

        /// <summary>
        /// Sets a conversation's title and/or snoozed_until (unix seconds, any long: also one no date type can hold,
        /// as a misbehaving API might send), without touching updated_at; false when unknown.
        /// </summary>
        public bool SetConversationValues(string id, string? title = null, long? snoozedUntil = null)
        {
            lock (_state.WriteGate)
            {
                var conversation = _state.FindConversation(id);
                if (conversation == null) return false;
                var copy = conversation.Clone();
                if (title != null) copy.Title = title;
                if (snoozedUntil != null) copy.SnoozedUntil = snoozedUntil;
                _state.Conversations.Put(copy);
                return true;
            }
        }

        /// <summary>Id of the live user or lead with this email (case-insensitive), users first; null when none.</summary>
        public string? FindContactIdByEmail(string email) =>
            _state.FindContactsByEmail(email).OrderBy(c => c.Role == "user" ? 0 : 1).Select(c => c.Id).FirstOrDefault();

        /// <summary>Truth: the ids of the tags a live contact carries (empty when the contact is unknown or gone).</summary>
        public IReadOnlyList<string> ContactTagIds(string contactId) =>
            _state.FindContact(contactId)?.Tags.Select(t => t.TagId).ToArray() ?? new string[0];

        /// <summary>Truth: the ids of the tags a live conversation carries (empty when unknown or gone).</summary>
        public IReadOnlyList<string> ConversationTagIds(string conversationId) =>
            _state.FindConversation(conversationId)?.Tags.Select(t => t.TagId).ToArray() ?? new string[0];

        /// <summary>Truth: the ids of the tags on a company, by its Intercom id.</summary>
        public IReadOnlyList<string> CompanyTagIds(string companyId) => _state.Catalog.CompanyTagIds(companyId).ToArray();

        /// <summary>Truth: whether a live contact is archived, or null when unknown or gone.</summary>
        public bool? ContactArchived(string contactId) => _state.FindContact(contactId)?.Archived;

        /// <summary>Truth: a live conversation's state (open, closed, snoozed), or null.</summary>
        public string? ConversationState(string id) => _state.FindConversation(id)?.State;

        /// <summary>Truth: the id of the workspace tag with this exact name, or null.</summary>
        public string? FindTagId(string name) => _state.Catalog.FindTagByName(name)?.Id;

        /// <summary>created_at of a live conversation, or null.</summary>
        public DateTimeOffset? ConversationCreatedAt(string id)
        {
            var conversation = _state.FindConversation(id);
            return conversation == null ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeSeconds(conversation.CreatedAt);
        }

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            SandboxServer[] servers;
            lock (_servers) servers = _servers.ToArray();
            foreach (var server in servers) server.Dispose();
        }

        private static IReadOnlyList<string> IdsCreatedIn<T>(RecordStore<T> store, DateTimeOffset start, DateTimeOffset endExclusive) where T : class, IRecord
        {
            var from = CeilingSeconds(start);
            var to = CeilingSeconds(endExclusive) - 1;
            if (from > to) return new string[0];
            return store.Sequence(from, to).Select(o => store.IdOf(o)!).ToArray();
        }

        private static IReadOnlyList<string> IdsWhere<T>(RecordStore<T> store, FieldCatalog<T> fields, string dateField, DateTimeOffset start, DateTimeOffset endExclusive) where T : class, IRecord
        {
            if (dateField == "created_at") return IdsCreatedIn(store, start, endExclusive);
            var field = fields.Find(dateField);
            if (field == null || field.Type != FieldType.Date) throw new ArgumentException($"'{dateField}' is not a date field.", nameof(dateField));
            var from = CeilingSeconds(start);
            var to = CeilingSeconds(endExclusive) - 1;
            var ids = new List<string>();
            foreach (var ordinal in store.Sequence(long.MinValue, long.MaxValue))
            {
                var record = store.Get(ordinal);
                if (record != null && field.Read(record) is long value && value >= from && value <= to) ids.Add(record.Id);
            }
            return ids;
        }

        /// <summary>Smallest whole second at or after the instant (timestamps are whole seconds).</summary>
        private static long CeilingSeconds(DateTimeOffset instant)
        {
            var ticks = instant.UtcTicks - DateTimeOffset.FromUnixTimeSeconds(0).UtcTicks;
            var seconds = ticks / TimeSpan.TicksPerSecond;
            if (ticks % TimeSpan.TicksPerSecond > 0) seconds++;
            return seconds;
        }

        private static void Validate(SandboxOptions options)
        {
            if (options.AdminCount < 1) throw new ArgumentException("AdminCount must be at least 1 (/me is an admin).", nameof(options));
            if (options.TeamCount < 0 || options.TagCount < 0 || options.SegmentCount < 0 || options.CompanyCount < 0 ||
                options.ContactCount < 0 || options.ConversationCount < 0)
            {
                throw new ArgumentException("Object counts cannot be negative.", nameof(options));
            }
            if (options.ConversationCount > 500_000_000) throw new ArgumentException("ConversationCount is limited to 500,000,000.", nameof(options));
            if (options.RangeEnd <= options.RangeStart) throw new ArgumentException("RangeEnd must be after RangeStart.", nameof(options));
            if (options.TimeProvider == null) throw new ArgumentException("TimeProvider is required.", nameof(options));
            if (options.Faults == null) throw new ArgumentException("Faults is required.", nameof(options));
            if (options.AccessToken == null) throw new ArgumentException("AccessToken is required.", nameof(options));
        }

        private void ThrowIfDisposed()
        {
            if (_disposed) throw new ObjectDisposedException(nameof(SandboxWorkspace));
        }
    }
}
