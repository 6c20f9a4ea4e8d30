using System.Text.Json.Nodes;

namespace IntercomPS.Sandbox.Generic
{
    /// <summary>
    /// The parent placeholders of a path and their values (<c>contact_id=1</c>): a scoped collection's key. Notes
    /// created under contact 1 are listed under contact 1, not under contact 2.
    /// </summary>
    internal sealed class Scope
    {
        /// <summary>A path without parents (<c>/tickets</c>): its collection holds every object of the resource.</summary>
        public static readonly Scope TopLevel = new Scope(new SortedDictionary<string, string>(StringComparer.Ordinal));

        private readonly SortedDictionary<string, string> _values;

        private Scope(SortedDictionary<string, string> values)
        {
            _values = values;
            Key = string.Join("&", values.Select(pair => pair.Key + "=" + Uri.EscapeDataString(pair.Value)));
        }

        public static Scope Of(IEnumerable<KeyValuePair<string, string>> values)
        {
            var sorted = new SortedDictionary<string, string>(values.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal), StringComparer.Ordinal);
            return sorted.Count == 0 ? TopLevel : new Scope(sorted);
        }

        public bool IsTopLevel => _values.Count == 0;

        /// <summary>"contact_id=1": stable text, part of cursors so that a cursor of one collection fails in another.</summary>
        public string Key { get; }

        /// <summary>Whether an object of scope <paramref name="objectScope"/> belongs to the collection of this scope: it carries every value of this one.</summary>
        public bool Contains(Scope objectScope) =>
            _values.All(pair => objectScope._values.TryGetValue(pair.Key, out var value) && value == pair.Value);

        /// <summary>Whether the two disagree on a placeholder both name (a note of contact 1 read through contact 2); a shared object (null) is everyone's.</summary>
        public bool Conflicts(Scope? objectScope) =>
            objectScope != null && _values.Any(pair => objectScope._values.TryGetValue(pair.Key, out var value) && value != pair.Value);
    }

    /// <summary>One object of a <see cref="ResourceStore"/>. Bodies are replaced on write, never changed in place.</summary>
    internal sealed class StoredObject(string id, long sequence, Scope? scope, JsonObject body, bool listed)
    {
        public string Id { get; } = id;

        /// <summary>Insertion order: lists are in this order and cursors are keyed by it, so deletes and inserts do not shift later pages.</summary>
        public long Sequence { get; } = sequence;

        /// <summary>
        /// The creating path's parents; null for an object shared by every collection (the description's examples)
        /// or belonging to none here (one a hand-written route serves).
        /// </summary>
        public Scope? Scope { get; } = scope;

        public JsonObject Body { get; set; } = body;

        /// <summary>False for an object a hand-written route serves and a generic route wrote: readable by id, listed by its own routes only.</summary>
        public bool Listed { get; } = listed;

        public bool Deleted { get; set; }
    }

    /// <summary>
    /// The objects of one declared resource in one workspace: the description's examples (in every scope) and what
    /// was created, changed and deleted through the generic routes. Every access holds the store's lock and hands out
    /// copies, so answers are written from objects no other request changes.
    /// </summary>
    internal sealed class ResourceStore
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, StoredObject> _byId = new Dictionary<string, StoredObject>(StringComparer.Ordinal);
        private readonly List<StoredObject> _ordered = new List<StoredObject>();
        private readonly Func<string> _nextNumber;

        /// <summary>Starts the keys of seeds without an id: no path segment Intercom would send starts so.</summary>
        private const string UnnamedPrefix = "#";
        private long _sequence;

        /// <param name="idMember">The member holding an object's id (<c>id</c>, or e.g. <c>job_identifier</c>).</param>
        /// <param name="nextNumber">Workspace-wide unique numbers for new ids.</param>
        public ResourceStore(string idMember, IEnumerable<JsonObject> seeds, Func<string> nextNumber)
        {
            IdMember = idMember;
            _nextNumber = nextNumber;
            var unnamed = 0;
            foreach (var seed in seeds)
            {
                // Objects without an id of their own (a conversation's handling events) are listed all the same,
                // under a key no request can name.
                var id = IdText(seed[idMember]) ?? UnnamedPrefix + (++unnamed).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (_byId.ContainsKey(id)) continue;
                Add(id, null, seed, listed: true);
            }
        }

        public string IdMember { get; }

        /// <summary>A copy of the object with this id; <paramref name="deleted"/> says it was deleted (then the result is null).</summary>
        public JsonObject? Find(string id, out bool known, out bool deleted, out Scope? scope)
        {
            lock (_gate)
            {
                known = _byId.TryGetValue(id, out var found);
                deleted = known && found!.Deleted;
                scope = found?.Scope;
                return known && !deleted ? (JsonObject)found!.Body.DeepClone() : null;
            }
        }

        /// <summary>
        /// Runs <paramref name="read"/> over the live, listed objects of a collection, in insertion order, under the
        /// store's lock: it may read them, and must copy what it returns (so that a page costs a copy of the page,
        /// not of the collection).
        /// </summary>
        public T Read<T>(Scope collection, Func<List<StoredObject>, T> read)
        {
            lock (_gate)
            {
                return read(_ordered.Where(o => o.Listed && !o.Deleted && (o.Scope == null || collection.Contains(o.Scope))).ToList());
            }
        }

        /// <summary>Stores <paramref name="body"/> under a new id (same JSON kind as its current id) and returns a copy as stored.</summary>
        public JsonObject Create(JsonObject body, Scope scope)
        {
            lock (_gate)
            {
                var id = NewId(body[IdMember]);
                body[IdMember] = id.Node;
                return (JsonObject)Add(id.Text, scope, body, listed: true).Body.DeepClone();
            }
        }

        /// <summary>
        /// Replaces the object with this id; one the store does not hold yet (a hand-served object written here) is
        /// added unlisted. Returns a copy as stored.
        /// </summary>
        public JsonObject Put(string id, JsonObject body)
        {
            lock (_gate)
            {
                if (_byId.TryGetValue(id, out var existing) && !existing.Deleted)
                {
                    existing.Body = body;
                    return (JsonObject)body.DeepClone();
                }
                return (JsonObject)Add(id, null, body, listed: false).Body.DeepClone();
            }
        }

        /// <summary>Marks the object deleted (kept, so that its id answers 404 even where a hand-written route would still find it).</summary>
        public void Delete(string id, JsonObject? lastKnown)
        {
            lock (_gate)
            {
                if (!_byId.TryGetValue(id, out var existing)) existing = Add(id, null, lastKnown ?? new JsonObject(), listed: false);
                existing.Deleted = true;
            }
        }

        /// <summary>Copies of every object held, in insertion order: deleted ones with a null body.</summary>
        public List<(string Id, JsonObject? Body, bool Listed)> Snapshot()
        {
            lock (_gate)
            {
                return _ordered.Select(o => (o.Id, o.Deleted ? null : (JsonObject)o.Body.DeepClone(), o.Listed)).ToList();
            }
        }

        /// <summary>The id of the first live object, for callers that need any valid id (tests).</summary>
        public string? AnyLiveId()
        {
            lock (_gate) return _ordered.FirstOrDefault(o => !o.Deleted && !o.Id.StartsWith(UnnamedPrefix, StringComparison.Ordinal))?.Id;
        }

        /// <summary>An id as text: strings as they are, numbers as written.</summary>
        public static string? IdText(JsonNode? id)
        {
            if (!(id is JsonValue value)) return null;
            switch (value.GetValueKind())
            {
                case JsonValueKind.String: return value.GetValue<string>();
                case JsonValueKind.Number: return value.ToJsonString();
                default: return null;
            }
        }

        private StoredObject Add(string id, Scope? scope, JsonObject body, bool listed)
        {
            var stored = new StoredObject(id, ++_sequence, scope, body, listed);
            _byId[id] = stored;
            _ordered.Add(stored);
            return stored;
        }

        /// <summary>A unique id shaped like the example's: a number, 24 hex digits (contacts, companies), or digits in a string.</summary>
        private (string Text, JsonNode Node) NewId(JsonNode? example)
        {
            while (true)
            {
                var number = long.Parse(_nextNumber(), CultureInfo.InvariantCulture);
                var kind = (example as JsonValue)?.GetValueKind();
                var exampleText = IdText(example);
                var text = exampleText != null && exampleText.Length == 24 && exampleText.All(Uri.IsHexDigit)
                    ? number.ToString("x24", CultureInfo.InvariantCulture)
                    : number.ToString(CultureInfo.InvariantCulture);
                if (_byId.ContainsKey(text)) continue;
                return (text, kind == JsonValueKind.Number ? JsonValue.Create(number) : (JsonNode)JsonValue.Create(text));
            }
        }
    }
}
