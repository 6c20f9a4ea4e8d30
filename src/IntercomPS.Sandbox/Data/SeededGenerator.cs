namespace IntercomPS.Sandbox.Data
{
    /// <summary>
    /// What every generator of the seeded workspace builds item i from: the seed, the workspace's catalog, and the
    /// created_at layout of its items (its own random stream, so contacts and conversations are spread independently).
    /// </summary>
    internal abstract class SeededGenerator
    {
        protected SeededGenerator(int seed, Stream timeStream, int count, long rangeStart, long rangeEnd, WorkspaceCatalog catalog)
        {
            Seed = seed;
            Catalog = catalog;
            GeneratedCount = count;
            Layout = new TimeLayout(seed, timeStream, rangeStart, rangeEnd, count);
        }

        protected int Seed { get; }

        protected WorkspaceCatalog Catalog { get; }

        protected TimeLayout Layout { get; }

        public int GeneratedCount { get; }

        public long GeneratedCreatedAt(int ordinal) => Layout.At(ordinal);
    }
}
