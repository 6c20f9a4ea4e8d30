namespace IntercomPS.Infrastructure
{
    /// <summary>Query parameters made of the filters a caller gave: the ones not given are left out of the request.</summary>
    internal static class QueryPairs
    {
        /// <returns>The given pairs in order; null when none is given.</returns>
        public static IReadOnlyList<KeyValuePair<string, string>>? Of(params (string Name, string? Value)[] parameters)
        {
            List<KeyValuePair<string, string>>? pairs = null;
            foreach (var (name, value) in parameters)
            {
                if (value != null) (pairs ??= new List<KeyValuePair<string, string>>()).Add(new KeyValuePair<string, string>(name, value));
            }
            return pairs;
        }
    }
}
