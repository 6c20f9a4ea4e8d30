namespace IntercomPS.Engine.Search
{
    /// <summary>A node of a search query: a <see cref="SearchFilter"/> or a <see cref="SearchGroup"/>.</summary>
    public abstract class SearchNode
    {
        private protected SearchNode()
        {
        }

        /// <summary>The node as plain values (dictionaries, lists, strings, longs, booleans), ready for the JSON writer.</summary>
        public abstract IDictionary<string, object?> ToGraph();
    }

    /// <summary>A filter <c>{field, operator, value}</c>. Values are normalized: integers as long, dates as unix seconds.</summary>
    public sealed class SearchFilter : SearchNode
    {
        /// <exception cref="SearchQueryException">The operator is unknown or the value does not suit it.</exception>
        public SearchFilter(string field, string @operator, object? value)
            : this(SearchFilterRules.CheckOrThrow(field, @operator, value))
        {
        }

        private SearchFilter(CheckedFilter filter)
        {
            Field = filter.Field;
            Operator = filter.Operator;
            Value = filter.Value;
        }

        internal static SearchFilter FromChecked(CheckedFilter filter) => new SearchFilter(filter);

        public string Field { get; }

        public string Operator { get; }

        /// <summary>A string, long, boolean or null; for IN and NIN a read-only list of strings and longs.</summary>
        public object? Value { get; }

        public override IDictionary<string, object?> ToGraph() => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["field"] = Field,
            ["operator"] = Operator,
            ["value"] = Value is IReadOnlyList<object> list ? list.Cast<object?>().ToList() : Value,
        };

        public override string ToString() => $"{Field} {Operator} {Value}";
    }

    /// <summary>
    /// A group <c>{operator: AND|OR, value: [...]}</c> of filters or of groups. Intercom's limits (15 entries, two
    /// levels, no mixing) are checked when the group becomes part of a <see cref="SearchQuery"/>.
    /// </summary>
    public sealed class SearchGroup : SearchNode
    {
        /// <exception cref="SearchQueryException">The operator is not AND or OR.</exception>
        public SearchGroup(string @operator, IEnumerable<SearchNode> children)
        {
            if (children == null) throw new ArgumentNullException(nameof(children));
            Operator = SearchOperators.NormalizeGroupOperator(@operator)
                       ?? throw new SearchQueryException($"group operator '{@operator}' is not a group operator; use AND or OR.");
            Children = children.Select((child, i) => child ?? throw new ArgumentException($"Entry {i} of the group is null.", nameof(children))).ToArray();
        }

        public static SearchGroup And(IEnumerable<SearchNode> children) => new SearchGroup(SearchOperators.And, children);

        public static SearchGroup Or(IEnumerable<SearchNode> children) => new SearchGroup(SearchOperators.Or, children);

        public string Operator { get; }

        public IReadOnlyList<SearchNode> Children { get; }

        public bool IsAnd => Operator == SearchOperators.And;

        internal bool HoldsOnlyFilters => Children.All(child => child is SearchFilter);

        public override IDictionary<string, object?> ToGraph() => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["operator"] = Operator,
            ["value"] = Children.Select(child => (object?)child.ToGraph()).ToList(),
        };
    }

    /// <summary>
    /// Stands in, while a graph is read, for an entry that could not be read (its problem is already recorded), so
    /// the limits can still be checked with the user's indices. Never part of a query that is handed out.
    /// </summary>
    internal sealed class UnreadableNode : SearchNode
    {
        public UnreadableNode(bool looksLikeFilter) => LooksLikeFilter = looksLikeFilter;

        /// <summary>The entry had a field, so it counts as a filter when checking that a group does not mix kinds.</summary>
        public bool LooksLikeFilter { get; }

        public override IDictionary<string, object?> ToGraph() => throw new InvalidOperationException("An unreadable search node has no graph.");
    }
}
