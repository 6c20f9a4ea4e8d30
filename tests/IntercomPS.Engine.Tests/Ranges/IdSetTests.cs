using System;
using System.Linq;
using IntercomPS.Engine.Ranges;

namespace IntercomPS.Engine.Tests.Ranges
{
    public sealed class IdSetTests
    {
        [Fact]
        public void Each_id_is_added_once_numeric_or_not()
        {
            var set = new IdSet();

            Assert.True(set.Add("215"));
            Assert.True(set.Add("5f8a1b2c3d4e5f6a7b8c9d0e"));
            Assert.True(set.Add("0"));
            Assert.False(set.Add("215"));
            Assert.False(set.Add("5f8a1b2c3d4e5f6a7b8c9d0e"));
            Assert.False(set.Add("0"));
            Assert.Equal(3, set.Count);
        }

        [Fact]
        public void Different_spellings_of_a_number_are_different_ids()
        {
            var set = new IdSet();

            Assert.True(set.Add("7"));
            Assert.True(set.Add("07"));
            Assert.True(set.Add("+7"));
            Assert.True(set.Add(""));
            // 19 digits do not take the numeric path, so they cannot overflow into another id.
            Assert.True(set.Add("9999999999999999999"));
            Assert.True(set.Add("999999999999999999"));
            Assert.False(set.Add("9999999999999999999"));
            Assert.Equal(6, set.Count);
        }

        [Fact]
        public void Growing_keeps_every_id()
        {
            var set = new IdSet();
            var ids = Enumerable.Range(0, 100_000).Select(i => (i * 7919L % 1_000_003).ToString()).Distinct().ToList();

            Assert.All(ids, id => Assert.True(set.Add(id)));
            Assert.All(ids, id => Assert.False(set.Add(id)));
            Assert.Equal(ids.Count, set.Count);
        }

        [Fact]
        public void A_million_numeric_ids_cost_at_most_24_bytes_each()
        {
            // Ids like Intercom's conversation ids, not sequential. The bound: 8-byte slots, and the table grows at
            // 3/4 full, so it is at least 3/8 full: 8 / (3/8) = 21.3 bytes per id at worst. A HashSet<string> needs
            // about 70 (entry, bucket, and the string itself).
            var ids = MillionConversationIds();
            var set = new IdSet();

            foreach (var id in ids) set.Add(id);

            Assert.Equal(ids.Length, set.Count);
            Assert.True(set.ApproximateBytes / (double)ids.Length <= 24, $"{set.ApproximateBytes / (double)ids.Length:F1} bytes per id held");
        }

#if !NETFRAMEWORK
        // .NET Framework 4.7.2 has no per-thread allocation counter (GC.GetAllocatedBytesForCurrentThread), so this
        // one is compiled for .NET only; the bytes held are checked on every runtime above.
        [Fact]
        public void Adding_a_million_ids_allocates_nothing_per_id_beyond_the_table()
        {
            var ids = MillionConversationIds();
            var set = new IdSet();

            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            foreach (var id in ids) set.Add(id);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

            Assert.Equal(ids.Length, set.Count);
            // Everything allocated on the way, outgrown tables included (at most the final size again): nothing per id.
            Assert.True(allocated / (double)ids.Length <= 48, $"{allocated / (double)ids.Length:F1} bytes per id allocated");
        }
#endif

        private static string[] MillionConversationIds() =>
            Enumerable.Range(0, 1_000_000).Select(i => (215_000_000_000L + i * 37L).ToString()).ToArray();
    }
}
