namespace IntercomPS.Engine.Search
{
    /// <summary>The operators of Intercom's search query language.</summary>
    public static class SearchOperators
    {
        public const string Equal = "=";
        public const string NotEqual = "!=";
        public const string In = "IN";
        public const string NotIn = "NIN";
        public const string LessThan = "<";
        public const string LessThanOrEqual = "<=";
        public const string GreaterThan = ">";
        public const string GreaterThanOrEqual = ">=";
        public const string Contains = "~";
        public const string NotContains = "!~";
        public const string StartsWith = "^";
        public const string EndsWith = "$";

        public const string And = "AND";
        public const string Or = "OR";

        /// <summary>Operators of a filter <c>{field, operator, value}</c>, in the spec's order.</summary>
        public static IReadOnlyList<string> FilterOperators { get; } = new[]
        {
            Equal, NotEqual, In, NotIn, LessThan, LessThanOrEqual, GreaterThan, GreaterThanOrEqual, Contains, NotContains, StartsWith, EndsWith,
        };

        /// <summary>Operators of a group <c>{operator, value: [...]}</c>.</summary>
        public static IReadOnlyList<string> GroupOperators { get; } = new[] { And, Or };

        /// <summary>The canonical spelling of a filter operator ("in" gives "IN"), or null when it is not one.</summary>
        public static string? NormalizeFilterOperator(string? candidate) => Normalize(candidate, FilterOperators);

        /// <summary>The canonical spelling of a group operator ("and" gives "AND"), or null when it is not one.</summary>
        public static string? NormalizeGroupOperator(string? candidate) => Normalize(candidate, GroupOperators);

        public static bool TakesList(string filterOperator) => filterOperator == In || filterOperator == NotIn;

        public static bool IsTextMatch(string filterOperator) =>
            filterOperator == Contains || filterOperator == NotContains || filterOperator == StartsWith || filterOperator == EndsWith;

        internal static bool IsOrdering(string filterOperator) =>
            filterOperator == LessThan || filterOperator == LessThanOrEqual || filterOperator == GreaterThan || filterOperator == GreaterThanOrEqual;

        private static string? Normalize(string? candidate, IReadOnlyList<string> known)
        {
            if (candidate == null) return null;
            var trimmed = candidate.Trim();
            foreach (var name in known)
            {
                // Letters only differ by case (in/IN, and/AND); symbols must match exactly anyway.
                if (string.Equals(name, trimmed, StringComparison.OrdinalIgnoreCase)) return name;
            }
            return null;
        }
    }
}
