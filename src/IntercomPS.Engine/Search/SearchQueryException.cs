namespace IntercomPS.Engine.Search
{
    /// <summary>
    /// A search query Intercom would reject, found before any request. Each problem names the path of the bad node,
    /// e.g. "query.value[2].operator 'LIKE' is not an Intercom operator; ...".
    /// </summary>
    public sealed class SearchQueryException : ArgumentException
    {
        public SearchQueryException(IReadOnlyList<string> problems)
            : base(Describe(problems))
        {
            Problems = problems;
        }

        public SearchQueryException(string problem)
            : this(new[] { problem })
        {
        }

        /// <summary>Every problem found, one sentence each.</summary>
        public IReadOnlyList<string> Problems { get; }

        private static string Describe(IReadOnlyList<string> problems)
        {
            if (problems == null || problems.Count == 0) return "The search query is not valid.";
            if (problems.Count == 1) return "The search query is not valid: " + problems[0];
            return $"The search query is not valid ({problems.Count} problems):" + Environment.NewLine + "- " +
                   string.Join(Environment.NewLine + "- ", problems);
        }
    }
}
