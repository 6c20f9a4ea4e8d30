namespace IntercomPS.Sandbox.Data
{
    /// <summary>Independent random streams per kind of object, so one object's fields never depend on another's.</summary>
    internal enum Stream : ulong
    {
        ConversationTime = 1,
        Conversation = 2,
        ContactTime = 3,
        Contact = 4,
        Company = 5,
        Admin = 6,
        Team = 7,
        Segment = 8,
        SegmentMembership = 9,
        Note = 10,
        Part = 11,
        Workspace = 12,
    }

    /// <summary>
    /// SplitMix64 seeded from (seed, stream, index): object i is the same whenever and however often it is generated,
    /// which is what lets the workspace generate objects on demand instead of storing them.
    /// </summary>
    internal struct DeterministicRandom
    {
        private ulong _state;

        public DeterministicRandom(int seed, Stream stream, long index)
        {
            _state = Hash(seed, stream, index);
        }

        public static ulong Hash(int seed, Stream stream, long index)
        {
            var x = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream * 0xD1B54A32D192ED03UL ^ (ulong)index * 0xBF58476D1CE4E5B9UL);
            return Mix(Mix(x) ^ (ulong)index);
        }

        public static ulong Mix(ulong z)
        {
            unchecked
            {
                z += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }

        public ulong NextULong()
        {
            unchecked
            {
                _state += 0x9E3779B97F4A7C15UL;
                return Mix(_state);
            }
        }

        /// <summary>Uniform in [0, 1).</summary>
        public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

        /// <summary>Uniform in [0, max); 0 when max is 0.</summary>
        public int Next(int max) => max <= 0 ? 0 : (int)(NextULong() % (ulong)max);

        /// <summary>Uniform in [min, max].</summary>
        public long Between(long min, long max) => max <= min ? min : min + (long)(NextULong() % (ulong)(max - min + 1));

        public bool Chance(double probability) => NextDouble() < probability;

        public T Pick<T>(T[] items) => items[Next(items.Length)];

        /// <summary>Picks by weights that need not sum to one.</summary>
        public T Weighted<T>(T[] items, double[] weights)
        {
            double total = 0;
            foreach (var w in weights) total += w;
            var roll = NextDouble() * total;
            for (var i = 0; i < items.Length; i++)
            {
                roll -= weights[i];
                if (roll < 0) return items[i];
            }
            return items[items.Length - 1];
        }
    }
}
