using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using Microsoft.Extensions.Time.Testing;

namespace IntercomPS.Engine.Tests.Caching
{
    public class ObjectCacheTests
    {
        private sealed class Box
        {
            public Box(int value) => Value = value;
            public int Value { get; }
        }

        [Fact]
        public async Task A_second_lookup_is_served_from_the_cache()
        {
            using var cache = new ObjectCache(100, TimeSpan.FromMinutes(5), new FakeTimeProvider());
            var fetches = 0;
            Task<Box> Fetch(CancellationToken _) => Task.FromResult(new Box(Interlocked.Increment(ref fetches)));

            var first = await cache.GetOrFetchAsync("contact:1", Fetch, bypassRead: false, CancellationToken.None);
            var second = await cache.GetOrFetchAsync("contact:1", Fetch, bypassRead: false, CancellationToken.None);

            Assert.Equal(first.Value, second.Value);
            Assert.NotSame(first, second);
            Assert.Equal(1, fetches);
            var stats = cache.GetStatistics();
            Assert.Equal(1, stats.Hits);
            Assert.Equal(1, stats.Misses);
            Assert.Equal(0.5, stats.HitRatio);
        }

        [Fact]
        public async Task A_hundred_concurrent_misses_for_one_key_make_one_fetch()
        {
            using var cache = new ObjectCache(100, TimeSpan.FromMinutes(5), new FakeTimeProvider());
            var fetches = 0;
            var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            async Task<Box> Fetch(CancellationToken _)
            {
                Interlocked.Increment(ref fetches);
                await release.Task;
                return new Box(42);
            }

            var lookups = Enumerable.Range(0, 100)
                .Select(_ => Task.Run(() => cache.GetOrFetchAsync("contact:7", Fetch, false, CancellationToken.None)))
                .ToArray();
            await Task.Delay(50);
            release.SetResult(true);
            var results = await Task.WhenAll(lookups);

            Assert.Equal(1, fetches);
            Assert.All(results, r => Assert.Equal(42, r.Value));
            Assert.Equal(100, results.Distinct().Count());
        }

        [Fact]
        public async Task Entries_expire_after_the_ttl_on_the_connection_clock()
        {
            var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
            using var cache = new ObjectCache(100, TimeSpan.FromMinutes(5), clock);
            var fetches = 0;
            Task<Box> Fetch(CancellationToken _) => Task.FromResult(new Box(Interlocked.Increment(ref fetches)));

            await cache.GetOrFetchAsync("admin:1", Fetch, false, CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(4));
            await cache.GetOrFetchAsync("admin:1", Fetch, false, CancellationToken.None);
            Assert.Equal(1, fetches);

            clock.Advance(TimeSpan.FromMinutes(2));
            var refreshed = await cache.GetOrFetchAsync("admin:1", Fetch, false, CancellationToken.None);
            Assert.Equal(2, fetches);
            Assert.Equal(2, refreshed.Value);
        }

        [Fact]
        public async Task The_cache_never_holds_more_than_its_size()
        {
            using var cache = new ObjectCache(50, TimeSpan.FromMinutes(5), new FakeTimeProvider());
            for (var i = 0; i < 500; i++)
            {
                await cache.GetOrFetchAsync("contact:" + i, _ => Task.FromResult(new Box(i)), false, CancellationToken.None);
                Assert.True(cache.GetStatistics().Entries <= 50);
            }
        }

        [Fact]
        public async Task A_caller_changing_what_it_got_does_not_change_what_the_next_caller_gets()
        {
            using var cache = new ObjectCache(10, TimeSpan.FromMinutes(5), new FakeTimeProvider());
            var fetches = 0;
            Task<IntercomPS.Engine.Models.Conversation> Fetch(CancellationToken _)
            {
                Interlocked.Increment(ref fetches);
                return Task.FromResult(IntercomPS.Engine.Json.IntercomJson.Deserialize<IntercomPS.Engine.Models.Conversation>(System.Text.Encoding.UTF8.GetBytes(
                    "{\"type\":\"conversation\",\"id\":\"9\",\"state\":\"open\",\"open\":true,\"created_at\":1767225600,\"custom_attributes\":{\"plan\":\"pro\"},\"x_unmapped\":[1,2]}")));
            }

            var first = await cache.GetOrFetchAsync("conversations:9", Fetch, false, CancellationToken.None);
            first.State = "closed";
            first.CustomAttributes!["plan"] = "free";
            var second = await cache.GetOrFetchAsync("conversations:9", Fetch, false, CancellationToken.None);
            second.AdditionalProperties["x_unmapped"] = null;
            var third = await cache.GetOrFetchAsync("conversations:9", Fetch, false, CancellationToken.None);

            Assert.Equal(1, fetches);
            Assert.Equal("open", second.State);
            Assert.Equal("pro", second.CustomAttributes!["plan"]);
            Assert.Equal(new object[] { 1L, 2L }, (System.Collections.IEnumerable)third.AdditionalProperties["x_unmapped"]!);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225600), third.CreatedAt);
        }

        [Fact]
        public async Task NoCache_bypasses_reading_but_refreshes_the_entry()
        {
            using var cache = new ObjectCache(10, TimeSpan.FromMinutes(5), new FakeTimeProvider());
            var version = 0;
            Task<Box> Fetch(CancellationToken _) => Task.FromResult(new Box(Interlocked.Increment(ref version)));

            await cache.GetOrFetchAsync("contact:1", Fetch, false, CancellationToken.None);
            var fresh = await cache.GetOrFetchAsync("contact:1", Fetch, bypassRead: true, CancellationToken.None);
            var cached = await cache.GetOrFetchAsync("contact:1", Fetch, false, CancellationToken.None);

            Assert.Equal(2, fresh.Value);
            Assert.Equal(2, cached.Value);
        }

        [Fact]
        public async Task Size_zero_turns_the_cache_off()
        {
            using var cache = new ObjectCache(0, TimeSpan.FromMinutes(5), new FakeTimeProvider());
            var fetches = 0;
            Task<Box> Fetch(CancellationToken _) => Task.FromResult(new Box(Interlocked.Increment(ref fetches)));
            await cache.GetOrFetchAsync("k", Fetch, false, CancellationToken.None);
            await cache.GetOrFetchAsync("k", Fetch, false, CancellationToken.None);
            Assert.Equal(2, fetches);
            Assert.False(cache.Enabled);
        }

        [Fact]
        public async Task A_failed_fetch_is_not_cached_and_reaches_every_waiter()
        {
            using var cache = new ObjectCache(10, TimeSpan.FromMinutes(5), new FakeTimeProvider());
            var calls = 0;
            Task<Box> Failing(CancellationToken _)
            {
                Interlocked.Increment(ref calls);
                throw new InvalidOperationException("boom");
            }
            await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrFetchAsync("k", Failing, false, CancellationToken.None));
            await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrFetchAsync("k", Failing, false, CancellationToken.None));
            Assert.Equal(2, calls);
            Assert.Equal(0, cache.GetStatistics().Entries);
        }
    }
}
