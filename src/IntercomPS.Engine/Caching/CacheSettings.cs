namespace IntercomPS.Engine.Caching
{
    /// <summary>Size and lifetime of a connection's cache.</summary>
    public sealed class CacheSettings
    {
        public const int DefaultSize = 5000;

        public static readonly TimeSpan DefaultTtl = TimeSpan.FromMinutes(5);

        /// <summary>Most entries held; 0 turns the cache off.</summary>
        public int Size { get; set; } = DefaultSize;

        public TimeSpan Ttl { get; set; } = DefaultTtl;
    }
}
