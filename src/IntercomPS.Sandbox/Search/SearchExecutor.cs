using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox.Search
{
    /// <summary>What to fetch: a query (null = everything), optional sort, and one page.</summary>
    internal sealed class SearchSpec<T>
    {
        /// <summary>Distinguishes endpoints in cursor fingerprints, e.g. "POST /contacts/search".</summary>
        public string Scope = "";
        public SearchNode<T>? Query;
        public FieldDefinition<T>? SortField;
        public bool SortDescending;
        public int PerPage = 20;
        public string? StartingAfter;
        public string DateFingerprint = "";
    }

    internal sealed class SearchResult<T>
    {
        public List<T> Items = new List<T>();
        public int TotalCount;
        public int Page;
        public int PerPage;
        public string? NextCursor;

        public int TotalPages => PerPage <= 0 ? 0 : (TotalCount + PerPage - 1) / PerPage;
    }

    /// <summary>
    /// Runs searches and lists over one collection. created_at bounds found in the query (a filter, or filters ANDed at
    /// any depth) narrow the candidates to an ordinal range by binary search, so a bounded search costs work in
    /// proportion to its range; a query made only of such bounds is counted and paged without evaluating a record.
    /// Other queries are evaluated once per workspace version and cached, so paging through them is cheap.
    /// </summary>
    internal sealed class SearchExecutor<T>(RecordStore<T> store, ChangeCounter changes) where T : class, IRecord
    {
        private const string CreatedAt = "created_at";
        private const string UpdatedAt = "updated_at";
        private const int CacheCapacity = 32;

        private readonly RecordStore<T> _store = store;
        private readonly ChangeCounter _changes = changes;
        private readonly object _cacheGate = new object();
        private readonly Dictionary<string, CachedMatches> _cache = new Dictionary<string, CachedMatches>(StringComparer.Ordinal);
        private readonly Queue<string> _cacheOrder = new Queue<string>();

        public SearchResult<T> Execute(SearchSpec<T> spec)
        {
            var fingerprint = Fingerprint(spec);
            SearchCursor? cursor = null;
            if (!string.IsNullOrEmpty(spec.StartingAfter))
            {
                cursor = SearchCursor.Decode(spec.StartingAfter!);
                if (cursor.Fingerprint != fingerprint) throw new SearchQueryException(SearchCursor.InvalidMessage, "client_error");
            }

            long from = long.MinValue, to = long.MaxValue;
            var pureRange = spec.Query == null || CollectBounds(spec.Query, CreatedAt, ref from, ref to);
            var result = new SearchResult<T> { Page = cursor?.Page ?? 1, PerPage = spec.PerPage };
            var window = new List<int>(spec.PerPage + 1);
            object?[]? sortValues = null;
            int[]? sortedOrdinals = null;

            if (from > to)
            {
                result.TotalCount = 0;
            }
            else if (spec.SortField == null && pureRange)
            {
                result.TotalCount = _store.CountInRange(from, to);
                var after = cursor == null ? (SequenceKey?)null : new SequenceKey(cursor.CreatedAt, cursor.Ordinal);
                window.AddRange(_store.Sequence(from, to, after).Take(spec.PerPage + 1));
            }
            else
            {
                var matches = Matches(spec, fingerprint, from, to);
                result.TotalCount = matches.Ordinals.Length;
                sortedOrdinals = matches.Ordinals;
                sortValues = matches.SortValues;
                var start = cursor == null ? 0 : FirstAfter(matches, cursor, spec);
                for (var i = start; i < matches.Ordinals.Length && window.Count <= spec.PerPage; i++) window.Add(matches.Ordinals[i]);
            }

            var hasMore = window.Count > spec.PerPage;
            if (hasMore) window.RemoveAt(window.Count - 1);
            foreach (var ordinal in window)
            {
                var record = _store.Get(ordinal);
                if (record != null) result.Items.Add(record);
            }
            if (hasMore && window.Count > 0)
            {
                var last = window[window.Count - 1];
                object? lastSortValue = null;
                if (spec.SortField != null && sortedOrdinals != null)
                {
                    lastSortValue = sortValues![Array.IndexOf(sortedOrdinals, last)];
                }
                result.NextCursor = new SearchCursor(fingerprint, result.Page + 1, last, _store.CreatedAtOf(last), lastSortValue).Encode();
            }
            return result;
        }

        /// <summary>
        /// Narrows [from, to] by created_at interval filters reachable through AND groups; true when the query is
        /// nothing but such filters (then the range alone is the answer).
        /// </summary>
        private static bool CollectBounds(SearchNode<T> node, string field, ref long from, ref long to)
        {
            switch (node)
            {
                case FilterNode<T> filter when filter.Field.Name == field && filter.HasInterval && filter.Operator != "!=":
                    from = Math.Max(from, filter.Low);
                    to = Math.Min(to, filter.High);
                    return true;
                case GroupNode<T> group when group.IsAnd:
                    var pure = true;
                    foreach (var child in group.Children)
                    {
                        if (!CollectBounds(child, field, ref from, ref to)) pure = false;
                    }
                    return pure;
                default:
                    return false;
            }
        }

        private CachedMatches Matches(SearchSpec<T> spec, string fingerprint, long from, long to)
        {
            var version = _changes.Value;
            lock (_cacheGate)
            {
                if (_cache.TryGetValue(fingerprint, out var cached) && cached.Version == version) return cached;
            }

            var ordinals = new List<int>();
            foreach (var ordinal in Candidates(spec, from, to))
            {
                if (spec.Query == null) { ordinals.Add(ordinal); continue; }
                var record = _store.Get(ordinal);
                if (record != null && spec.Query.Matches(record)) ordinals.Add(ordinal);
            }

            var matches = new CachedMatches { Version = version, Ordinals = ordinals.ToArray() };
            if (spec.SortField != null)
            {
                var values = new object?[matches.Ordinals.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    var record = _store.Get(matches.Ordinals[i]);
                    values[i] = record == null ? null : spec.SortField.Read(record);
                }
                var order = Enumerable.Range(0, values.Length).ToArray();
                var descending = spec.SortDescending;
                var keys = matches.Ordinals;
                Array.Sort(order, (a, b) => CompareSorted(values[a], keys[a], values[b], keys[b], descending));
                matches.Ordinals = order.Select(i => keys[i]).ToArray();
                matches.SortValues = order.Select(i => values[i]).ToArray();
            }

            lock (_cacheGate)
            {
                if (!_cache.ContainsKey(fingerprint)) _cacheOrder.Enqueue(fingerprint);
                _cache[fingerprint] = matches;
                while (_cacheOrder.Count > CacheCapacity) _cache.Remove(_cacheOrder.Dequeue());
            }
            return matches;
        }

        /// <summary>
        /// Ordinals that may match, in collection order. An updated_at range narrows created_at for records never
        /// written (their updated_at trails created_at by at most a known lag); written records are added back.
        /// </summary>
        private IEnumerable<int> Candidates(SearchSpec<T> spec, long from, long to)
        {
            long updatedFrom = long.MinValue, updatedTo = long.MaxValue;
            if (spec.Query == null) return _store.Sequence(from, to);
            CollectBounds(spec.Query, UpdatedAt, ref updatedFrom, ref updatedTo);
            if (updatedFrom == long.MinValue && updatedTo == long.MaxValue) return _store.Sequence(from, to);

            var narrowedFrom = updatedFrom == long.MinValue ? from : Math.Max(from, updatedFrom - _store.MaxUnwrittenUpdateLag);
            var narrowedTo = Math.Min(to, updatedTo);
            var candidates = new HashSet<int>(_store.Sequence(narrowedFrom, narrowedTo));
            foreach (var written in _store.Written)
            {
                if (written.CreatedAt >= from && written.CreatedAt <= to && !_store.IsRemoved(written.Ordinal)) candidates.Add(written.Ordinal);
            }
            var ordered = candidates.ToArray();
            Array.Sort(ordered, (a, b) => _store.KeyOf(a).CompareTo(_store.KeyOf(b)));
            return ordered;
        }

        private int FirstAfter(CachedMatches matches, SearchCursor cursor, SearchSpec<T> spec)
        {
            int lo = 0, hi = matches.Ordinals.Length;
            var afterKey = new SequenceKey(cursor.CreatedAt, cursor.Ordinal);
            while (lo < hi)
            {
                var mid = lo + (hi - lo) / 2;
                int comparison;
                if (spec.SortField == null)
                {
                    comparison = _store.KeyOf(matches.Ordinals[mid]).CompareTo(afterKey);
                }
                else
                {
                    comparison = CompareSorted(matches.SortValues![mid], matches.Ordinals[mid], cursor.SortValue, cursor.Ordinal, spec.SortDescending);
                }
                if (comparison > 0) hi = mid; else lo = mid + 1;
            }
            return lo;
        }

        private static int CompareSorted(object? a, int ordinalA, object? b, int ordinalB, bool descending)
        {
            var byValue = CompareValues(a, b);
            if (descending) byValue = -byValue;
            return byValue != 0 ? byValue : ordinalA.CompareTo(ordinalB);
        }

        /// <summary>Null first, then numbers, booleans and strings (case-insensitive) in their natural order.</summary>
        internal static int CompareValues(object? a, object? b)
        {
            if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
            if (a is long la && b is long lb) return la.CompareTo(lb);
            if (a is bool ba && b is bool bb) return ba.CompareTo(bb);
            var sa = Convert.ToString(a, CultureInfo.InvariantCulture) ?? "";
            var sb = Convert.ToString(b, CultureInfo.InvariantCulture) ?? "";
            var ignoringCase = string.Compare(sa, sb, StringComparison.OrdinalIgnoreCase);
            return ignoringCase != 0 ? ignoringCase : string.CompareOrdinal(sa, sb);
        }

        private static string Fingerprint(SearchSpec<T> spec)
        {
            var text = spec.Scope + "|" + (spec.Query?.Canonical ?? "*") + "|" +
                       (spec.SortField == null ? "" : spec.SortField.Name + (spec.SortDescending ? " desc" : " asc")) + "|" + spec.DateFingerprint;
            unchecked
            {
                var hash = 14695981039346656037UL;
                foreach (var c in text)
                {
                    hash ^= c;
                    hash *= 1099511628211UL;
                }
                return hash.ToString("x16", CultureInfo.InvariantCulture);
            }
        }

        private sealed class CachedMatches
        {
            public long Version;
            public int[] Ordinals = new int[0];
            public object?[]? SortValues;
        }
    }
}
