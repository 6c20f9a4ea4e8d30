using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace IntercomPS.Engine.Caching
{
    /// <summary>
    /// The session cache of one connection: objects by key (e.g. "contact:123"), bounded by entry count and TTL, with
    /// single flight (concurrent misses for one key make one request and share its answer). Gone with the connection.
    /// </summary>
    /// <remarks>
    /// The cache serves reads only: it keeps each object as its JSON and hands every caller an object of its own, so
    /// a caller changing what it got (a script setting $c.State) never changes what the next caller gets. Change
    /// operations decide from the server, never from here.
    /// </remarks>
    public sealed class ObjectCache : IDisposable
    {
        private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _inFlight = new ConcurrentDictionary<string, Lazy<Task<object>>>(StringComparer.Ordinal);
        private readonly TimeProvider _clock;
        private MemoryCache? _cache;
        private long _hits;
        private long _misses;
        private long _evictions;

        public ObjectCache(int size, TimeSpan ttl, TimeProvider clock)
        {
            _clock = clock;
            Configure(size, ttl);
        }

        /// <summary>Most entries held; 0 turns the cache off.</summary>
        public int Size { get; private set; }

        public TimeSpan Ttl { get; private set; }

        public bool Enabled => _cache != null;

        /// <summary>Changes size and TTL; the entries held so far are dropped.</summary>
        public void Configure(int size, TimeSpan ttl)
        {
            if (size < 0) throw new ArgumentOutOfRangeException(nameof(size), size, "The cache size cannot be negative; use 0 to turn the cache off.");
            if (ttl <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(ttl), ttl, "The cache TTL must be positive.");
            var previous = Interlocked.Exchange(ref _cache, size == 0 ? null : new MemoryCache(new MemoryCacheOptions
            {
                SizeLimit = size,
#pragma warning disable CS0618 // MemoryCacheOptions takes no TimeProvider yet; the clock adapter lets tests expire entries without sleeping.
                Clock = new TimeProviderClock(_clock),
#pragma warning restore CS0618
                CompactionPercentage = 0.1,
            }));
            previous?.Dispose();
            Size = size;
            Ttl = ttl;
        }

        /// <summary>
        /// The cached value for <paramref name="key"/>, or the result of <paramref name="fetch"/> (cached). With
        /// <paramref name="bypassRead"/> the cache is not read, but the fresh answer still refreshes it.
        /// </summary>
        public async Task<T> GetOrFetchAsync<T>(string key, Func<CancellationToken, Task<T>> fetch, bool bypassRead, CancellationToken cancellationToken)
            where T : class
        {
            var cache = _cache;
            if (cache == null) return await fetch(cancellationToken).ConfigureAwait(false);
            if (!bypassRead && cache.TryGetValue(key, out var cached) && cached is Snapshot<T> hit)
            {
                Interlocked.Increment(ref _hits);
                return hit.Copy();
            }
            Interlocked.Increment(ref _misses);

            // Single flight: the first miss fetches; concurrent misses for the same key await the same task. The fetch
            // runs without the caller's token so one caller's Ctrl+C does not fail the others waiting on it.
            var flight = _inFlight.GetOrAdd(key, k => new Lazy<Task<object>>(() => FetchAndStoreAsync(k, fetch)));
            var value = await WaitAsync(flight.Value, cancellationToken).ConfigureAwait(false);
            return ((Snapshot<T>)value).Copy();
        }

        public void Set<T>(string key, T value) where T : class => Store(key, new Snapshot<T>(value));

        private void Store(string key, object snapshot)
        {
            var cache = _cache;
            if (cache == null) return;
            using (var entry = cache.CreateEntry(key))
            {
                entry.Value = snapshot;
                entry.Size = 1;
                entry.AbsoluteExpirationRelativeToNow = Ttl;
                entry.RegisterPostEvictionCallback(OnEvicted);
            }
        }

        public void Remove(string key) => _cache?.Remove(key);

        public void Clear()
        {
            var cache = _cache;
            cache?.Compact(1.0);
        }

        public CacheStatistics GetStatistics()
        {
            var hits = Interlocked.Read(ref _hits);
            var misses = Interlocked.Read(ref _misses);
            return new CacheStatistics(_cache?.Count ?? 0, Size, Ttl, hits, misses, Interlocked.Read(ref _evictions));
        }

        private async Task<object> FetchAndStoreAsync<T>(string key, Func<CancellationToken, Task<T>> fetch) where T : class
        {
            try
            {
                await Task.Yield();
                var snapshot = new Snapshot<T>(await fetch(CancellationToken.None).ConfigureAwait(false));
                Store(key, snapshot);
                return snapshot;
            }
            finally
            {
                _inFlight.TryRemove(key, out _);
            }
        }

        private static async Task<object> WaitAsync(Task<object> task, CancellationToken cancellationToken)
        {
            if (task.IsCompleted || !cancellationToken.CanBeCanceled) return await task.ConfigureAwait(false);
            var cancelled = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellationToken.Register(() => cancelled.TrySetCanceled(cancellationToken)))
            {
                return await (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }

        private void OnEvicted(object key, object? value, EvictionReason reason, object? state)
        {
            if (reason == EvictionReason.Capacity || reason == EvictionReason.Expired)
            {
                Interlocked.Increment(ref _evictions);
            }
        }

        public void Dispose() => Interlocked.Exchange(ref _cache, null)?.Dispose();

        /// <summary>An object as its JSON; each <see cref="Copy"/> is a new object nobody else holds.</summary>
        private sealed class Snapshot<T> where T : class
        {
            private readonly byte[] _json;

            public Snapshot(T value) => _json = IntercomPS.Engine.Json.IntercomJson.SerializeToUtf8(value);

            public T Copy() => IntercomPS.Engine.Json.IntercomJson.Deserialize<T>(_json);
        }

#pragma warning disable CS0618
        private sealed class TimeProviderClock : Microsoft.Extensions.Internal.ISystemClock
#pragma warning restore CS0618
        {
            private readonly TimeProvider _clock;

            public TimeProviderClock(TimeProvider clock) => _clock = clock;

            public DateTimeOffset UtcNow => _clock.GetUtcNow();
        }
    }

    /// <summary>What the cache did since the connection was made.</summary>
    public sealed record CacheStatistics(long Entries, int Size, TimeSpan Ttl, long Hits, long Misses, long Evictions)
    {
        public double HitRatio => Hits + Misses == 0 ? 0 : (double)Hits / (Hits + Misses);
    }
}
