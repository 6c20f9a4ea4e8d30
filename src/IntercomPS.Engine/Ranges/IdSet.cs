namespace IntercomPS.Engine.Ranges
{
    /// <summary>
    /// The set of ids already emitted by a read, kept small because an export can run to millions of items.
    /// Intercom's conversation ids are decimal numbers, stored here as longs in an open-addressing table: 8 bytes per
    /// slot at a load factor between 3/8 and 3/4, i.e. 10.7 to 21.3 bytes per id, against about 70 for a
    /// HashSet&lt;string&gt; of 8-digit strings. Other ids (contacts' hex ids) fall back to a HashSet&lt;string&gt;.
    /// Not thread-safe: the reader touches it from the emitter only.
    /// </summary>
    internal sealed class IdSet
    {
        // 18 digits always fit in a long; longer numbers are rare enough to take the string path.
        private const int MaxNumericDigits = 18;
        private const int InitialCapacity = 16;

        // Knuth's multiplicative hash (2^64 / golden ratio): sequential ids spread over the whole table.
        private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;

        // A slot holds id + 1, so 0 can mean empty without a separate occupancy array.
        private long[] _slots = new long[InitialCapacity];
        private int _shift = 64 - 4;
        private int _numericCount;
        private HashSet<string>? _others;
        private long _otherCharacters;

        public int Count => _numericCount + (_others?.Count ?? 0);

        /// <summary>
        /// Memory held by the set, in bytes: the exact size of the numeric table plus an estimate for string ids
        /// (the string itself, and HashSet's entry and bucket). Used to keep the per-id cost honest in tests.
        /// </summary>
        public long ApproximateBytes
        {
            get
            {
                var numeric = (long)_slots.Length * sizeof(long);
                if (_others == null) return numeric;
                const int stringOverhead = 22; // object header, method table, length, terminator
                const int hashSetEntry = 24;   // hash code, next index, reference, and a bucket, with slack
                return numeric + _others.Count * (stringOverhead + hashSetEntry) + 2 * _otherCharacters;
            }
        }

        /// <summary>Adds <paramref name="id"/>; false when it was already there.</summary>
        public bool Add(string id)
        {
            if (id == null) throw new ArgumentNullException(nameof(id));
            if (TryParseCanonicalNumber(id, out var number))
            {
                return AddNumber(number + 1);
            }
            _others ??= new HashSet<string>(StringComparer.Ordinal);
            if (!_others.Add(id)) return false;
            _otherCharacters += id.Length;
            return true;
        }

        private bool AddNumber(long key)
        {
            if (_numericCount + 1 > _slots.Length / 4 * 3)
            {
                Grow();
            }
            var mask = _slots.Length - 1;
            for (var index = SlotOf(key); ; index = (index + 1) & mask)
            {
                var existing = _slots[index];
                if (existing == key) return false;
                if (existing == 0)
                {
                    _slots[index] = key;
                    _numericCount++;
                    return true;
                }
            }
        }

        private int SlotOf(long key) => (int)(unchecked((ulong)key * HashMultiplier) >> _shift);

        private void Grow()
        {
            var old = _slots;
            _slots = new long[old.Length * 2];
            _shift--;
            var mask = _slots.Length - 1;
            foreach (var key in old)
            {
                if (key == 0) continue;
                var index = SlotOf(key);
                while (_slots[index] != 0) index = (index + 1) & mask;
                _slots[index] = key;
            }
        }

        /// <summary>
        /// Only the canonical spelling counts as a number ("7", not "07" or "+7"), so two different id strings can
        /// never map to the same long.
        /// </summary>
        private static bool TryParseCanonicalNumber(string id, out long number)
        {
            number = 0;
            if (id.Length == 0 || id.Length > MaxNumericDigits) return false;
            if (id[0] == '0' && id.Length > 1) return false;
            foreach (var character in id)
            {
                if (character < '0' || character > '9') return false;
                number = number * 10 + (character - '0');
            }
            return true;
        }
    }
}
