namespace IntercomPS.Engine.Search
{
    /// <summary>
    /// A search condition as a front end parsed it, before it meets Intercom's rules: comparisons of a field with a
    /// value, joined by AND and OR to any depth. <see cref="SearchConditionCompiler"/> checks it against a resource's
    /// <see cref="SearchFields"/> and lays it out as Intercom's query.
    /// </summary>
    public abstract class SearchCondition
    {
        private protected SearchCondition(object? origin) => Origin = origin;

        /// <summary>
        /// What the caller made this node from (a position in its text...), handed back untouched in a
        /// <see cref="SearchConditionException"/> so that the caller can point at it.
        /// </summary>
        public object? Origin { get; }

        /// <param name="field">As the caller names it: <c>created_at</c>, or a model property path such as <c>CreatedAt</c>.</param>
        /// <param name="operator">One of <see cref="SearchOperators.FilterOperators"/>.</param>
        /// <param name="value">null, a string, a boolean, a number, a DateTime or DateTimeOffset; for IN and NIN a list of those.</param>
        public static SearchComparison Compare(string field, string @operator, object? value, object? origin = null) =>
            new SearchComparison(field, @operator, value, origin);

        public static SearchConditionGroup All(IEnumerable<SearchCondition> conditions, object? origin = null) => new SearchConditionGroup(true, conditions, origin);

        public static SearchConditionGroup Any(IEnumerable<SearchCondition> conditions, object? origin = null) => new SearchConditionGroup(false, conditions, origin);
    }

    /// <summary><c>field operator value</c>.</summary>
    public sealed class SearchComparison : SearchCondition
    {
        internal SearchComparison(string field, string @operator, object? value, object? origin)
            : base(origin)
        {
            Field = string.IsNullOrWhiteSpace(field) ? throw new ArgumentException("The field must be named.", nameof(field)) : field;
            Operator = SearchOperators.NormalizeFilterOperator(@operator) ?? throw new ArgumentException($"'{@operator}' is not a filter operator.", nameof(@operator));
            Value = value;
        }

        public string Field { get; }

        public string Operator { get; }

        public object? Value { get; }

        public override string ToString() => $"{Field} {Operator} {Value}";
    }

    /// <summary>Conditions joined by AND or OR.</summary>
    public sealed class SearchConditionGroup : SearchCondition
    {
        internal SearchConditionGroup(bool isAnd, IEnumerable<SearchCondition> children, object? origin)
            : base(origin)
        {
            IsAnd = isAnd;
            Children = children?.Select((child, i) => child ?? throw new ArgumentException($"Condition {i} is null.", nameof(children))).ToArray()
                       ?? throw new ArgumentNullException(nameof(children));
            if (Children.Count == 0) throw new ArgumentException("A group needs at least one condition.", nameof(children));
        }

        public bool IsAnd { get; }

        public IReadOnlyList<SearchCondition> Children { get; }
    }
}
