using System.Collections.Concurrent;
using System.Threading;

namespace IntercomPS.Sandbox.Data
{
    /// <summary>Generates the seeded objects of one collection on demand.</summary>
    internal interface IRecordSource<T> where T : class, IRecord
    {
        int GeneratedCount { get; }

        /// <summary>created_at of generated ordinal i; non-decreasing in i.</summary>
        long GeneratedCreatedAt(int ordinal);

        string GeneratedId(int ordinal);

        T Generate(int ordinal);

        /// <summary>
        /// Upper bound of updated_at − created_at for records never written through the API: an updated_at range
        /// then bounds created_at too, so incremental (updated_at) searches also scan only a slice.
        /// </summary>
        long MaxUnwrittenUpdateLag { get; }
    }

    /// <summary>Counts writes to the workspace; cached search results are valid for one value.</summary>
    internal sealed class ChangeCounter
    {
        private long _value;

        public long Value => Interlocked.Read(ref _value);

        public void Bump() => Interlocked.Increment(ref _value);
    }

    /// <summary>Position of a record in collection order: created_at, then ordinal (ids grow with ordinals).</summary>
    internal readonly struct SequenceKey(long createdAt, int ordinal) : IComparable<SequenceKey>
    {
        public long CreatedAt { get; } = createdAt;
        public int Ordinal { get; } = ordinal;

        public int CompareTo(SequenceKey other)
        {
            var byTime = CreatedAt.CompareTo(other.CreatedAt);
            return byTime != 0 ? byTime : Ordinal.CompareTo(other.Ordinal);
        }
    }

    /// <summary>
    /// One collection: generated records (never stored) plus an overlay of written ones, tombstones and records added
    /// after generation. created_at never changes, so collection order stays (created_at, ordinal) and a created_at
    /// range is an ordinal range of the generated part found by binary search.
    /// </summary>
    internal sealed class RecordStore<T> where T : class, IRecord
    {
        private readonly IRecordSource<T> _source;
        private readonly ConcurrentDictionary<int, T> _overlay = new ConcurrentDictionary<int, T>();
        private readonly ConcurrentDictionary<int, byte> _removed = new ConcurrentDictionary<int, byte>();
        private readonly ConcurrentDictionary<int, T> _addedByOrdinal = new ConcurrentDictionary<int, T>();
        private readonly object _appendGate = new object();
        private readonly ChangeCounter _changes;
        private T[] _added = new T[0];
        private int _nextOrdinal;

        public RecordStore(IRecordSource<T> source, ChangeCounter changes)
        {
            _source = source;
            _changes = changes;
            _nextOrdinal = source.GeneratedCount;
        }

        public int GeneratedCount => _source.GeneratedCount;

        public long MaxUnwrittenUpdateLag => _source.MaxUnwrittenUpdateLag;

        public int LiveCount => _source.GeneratedCount + Volatile.Read(ref _added).Length - _removed.Count;

        /// <summary>Records written through the API (including added ones), for scans that must see every change.</summary>
        public IEnumerable<T> Written => _overlay.Values;

        public IEnumerable<T> Added => Volatile.Read(ref _added);

        public bool Exists(int ordinal) => ordinal >= 0 && ordinal < Volatile.Read(ref _nextOrdinal) && !_removed.ContainsKey(ordinal)
            && (ordinal < _source.GeneratedCount || _addedByOrdinal.ContainsKey(ordinal));

        public bool IsRemoved(int ordinal) => _removed.ContainsKey(ordinal);

        /// <summary>The live record, or null when it never existed or was removed.</summary>
        public T? Get(int ordinal)
        {
            if (ordinal < 0 || _removed.ContainsKey(ordinal)) return null;
            if (_overlay.TryGetValue(ordinal, out var written)) return written;
            if (ordinal < _source.GeneratedCount) return _source.Generate(ordinal);
            return _addedByOrdinal.TryGetValue(ordinal, out var added) ? added : null;
        }

        /// <summary>The written (or added) version of a record, without generating anything.</summary>
        public bool TryGetStored(int ordinal, out T record)
        {
            if (_overlay.TryGetValue(ordinal, out record!)) return true;
            return _addedByOrdinal.TryGetValue(ordinal, out record!);
        }

        /// <summary>Id of a live or removed record without generating it.</summary>
        public string? IdOf(int ordinal)
        {
            if (ordinal >= 0 && ordinal < _source.GeneratedCount) return _source.GeneratedId(ordinal);
            return _addedByOrdinal.TryGetValue(ordinal, out var added) ? added.Id : null;
        }

        public long CreatedAtOf(int ordinal) =>
            ordinal < _source.GeneratedCount ? _source.GeneratedCreatedAt(ordinal) : _addedByOrdinal[ordinal].CreatedAt;

        public SequenceKey KeyOf(int ordinal) => new SequenceKey(CreatedAtOf(ordinal), ordinal);

        /// <summary>Commits a written copy (records are copy-on-write, so readers never see half an update).</summary>
        public void Put(T record)
        {
            _overlay[record.Ordinal] = record;
            _changes.Bump();
        }

        public bool Remove(int ordinal)
        {
            if (!Exists(ordinal)) return false;
            if (!_removed.TryAdd(ordinal, 0)) return false;
            _overlay.TryRemove(ordinal, out _);
            _changes.Bump();
            return true;
        }

        /// <summary>Adds a record created now; <paramref name="create"/> gets the new ordinal.</summary>
        public T Append(Func<int, T> create)
        {
            lock (_appendGate)
            {
                var record = create(_nextOrdinal);
                var current = _added;
                var next = new T[current.Length + 1];
                var key = new SequenceKey(record.CreatedAt, record.Ordinal);
                var at = current.Length;
                while (at > 0 && new SequenceKey(current[at - 1].CreatedAt, current[at - 1].Ordinal).CompareTo(key) > 0) at--;
                Array.Copy(current, 0, next, 0, at);
                next[at] = record;
                Array.Copy(current, at, next, at + 1, current.Length - at);
                _addedByOrdinal[record.Ordinal] = record;
                Volatile.Write(ref _added, next);
                Volatile.Write(ref _nextOrdinal, _nextOrdinal + 1);
                _changes.Bump();
                return record;
            }
        }

        /// <summary>
        /// Live ordinals with created_at in [from, to], in collection order, starting after <paramref name="after"/>.
        /// Costs O(log n) to position plus the items enumerated.
        /// </summary>
        public IEnumerable<int> Sequence(long from, long to, SequenceKey? after = null)
        {
            var generatedEnd = FirstGeneratedAfterTime(to);
            var next = FirstGeneratedAtOrAfterTime(from);
            if (after.HasValue) next = Math.Max(next, FirstGeneratedAfterKey(after.Value));

            var added = Volatile.Read(ref _added);
            var addedAt = 0;
            while (addedAt < added.Length && !InWindow(added[addedAt], from, to, after)) addedAt++;

            while (true)
            {
                while (addedAt < added.Length && !InWindow(added[addedAt], from, to, after)) addedAt++;
                var hasGenerated = next < generatedEnd;
                var hasAdded = addedAt < added.Length;
                if (!hasGenerated && !hasAdded) yield break;

                int ordinal;
                if (hasGenerated && (!hasAdded || new SequenceKey(_source.GeneratedCreatedAt(next), next).CompareTo(new SequenceKey(added[addedAt].CreatedAt, added[addedAt].Ordinal)) < 0))
                {
                    ordinal = next++;
                }
                else
                {
                    ordinal = added[addedAt++].Ordinal;
                }
                if (!_removed.ContainsKey(ordinal)) yield return ordinal;
            }
        }

        /// <summary>Live records with created_at in [from, to], in O(log n + writes).</summary>
        public int CountInRange(long from, long to)
        {
            var count = FirstGeneratedAfterTime(to) - FirstGeneratedAtOrAfterTime(from);
            foreach (var record in Volatile.Read(ref _added))
            {
                if (record.CreatedAt >= from && record.CreatedAt <= to) count++;
            }
            foreach (var ordinal in _removed.Keys)
            {
                var createdAt = CreatedAtOf(ordinal);
                if (createdAt >= from && createdAt <= to) count--;
            }
            return count;
        }

        private static bool InWindow(T record, long from, long to, SequenceKey? after) =>
            record.CreatedAt >= from && record.CreatedAt <= to &&
            (!after.HasValue || new SequenceKey(record.CreatedAt, record.Ordinal).CompareTo(after.Value) > 0);

        private int FirstGeneratedAtOrAfterTime(long time) => LowerBound(i => _source.GeneratedCreatedAt(i) >= time);

        private int FirstGeneratedAfterTime(long time) => time == long.MaxValue ? _source.GeneratedCount : LowerBound(i => _source.GeneratedCreatedAt(i) > time);

        private int FirstGeneratedAfterKey(SequenceKey key) =>
            LowerBound(i => new SequenceKey(_source.GeneratedCreatedAt(i), i).CompareTo(key) > 0);

        /// <summary>First generated ordinal satisfying a predicate that is false then true along the ordinals.</summary>
        private int LowerBound(Func<int, bool> predicate)
        {
            int lo = 0, hi = _source.GeneratedCount;
            while (lo < hi)
            {
                var mid = lo + (hi - lo) / 2;
                if (predicate(mid)) hi = mid; else lo = mid + 1;
            }
            return lo;
        }
    }
}
