namespace IntercomPS.Engine.Search
{
    /// <summary>
    /// How a caller writes operators, so that the engine's messages about a condition ("it takes =, &lt; and &gt;")
    /// read in the caller's own syntax. The base spells Intercom's query language; a front end that parses another
    /// syntax derives from it.
    /// </summary>
    public class SearchSyntax
    {
        public static SearchSyntax Intercom { get; } = new SearchSyntax();

        /// <summary>A filter operator (one of <see cref="SearchOperators.FilterOperators"/>) as the caller writes it.</summary>
        public virtual string Operator(string filterOperator) => filterOperator;

        /// <summary>AND or OR as the caller writes it.</summary>
        public virtual string Group(bool isAnd) => isAnd ? SearchOperators.And : SearchOperators.Or;

        /// <summary>Operators as the caller writes them, each once, in the order given: "=, &lt; and &gt;".</summary>
        public string List(IEnumerable<string> filterOperators)
        {
            var spelled = filterOperators.Select(Operator).Distinct().ToList();
            if (spelled.Count <= 1) return string.Join(string.Empty, spelled);
            return string.Join(", ", spelled.Take(spelled.Count - 1)) + " and " + spelled[spelled.Count - 1];
        }
    }
}
