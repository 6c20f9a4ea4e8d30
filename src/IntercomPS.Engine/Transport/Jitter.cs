namespace IntercomPS.Engine.Transport
{
    /// <summary>Random fractions for spreading waits apart, shared by every request of a connection; seedable for tests.</summary>
    internal sealed class Jitter
    {
        private readonly object _sync = new object();
        private readonly Random _random;

        public Jitter(int? seed) => _random = seed is int value ? new Random(value) : new Random();

        /// <summary>A value in [0, 1).</summary>
        public double NextFraction()
        {
            lock (_sync) return _random.NextDouble();
        }
    }
}
