namespace IntercomPS.Engine.Search
{
    /// <summary>One field a search endpoint accepts: its Intercom name, its type, the operators the server takes on it.</summary>
    /// <param name="Name">As Intercom spells it: <c>created_at</c>, <c>source.author.email</c>, <c>custom_attributes.plan</c>.</param>
    /// <param name="Operators">The filter operators the server accepts on the field.</param>
    /// <param name="CheckableOnClient">The objects the search returns carry the field in full, so a condition on it can be decided on each of them (needed when a widened date condition is joined to it by OR).</param>
    /// <param name="Ranges">A date range can be read over the field window by window.</param>
    public sealed record SearchField(string Name, SearchFieldKind Kind, IReadOnlyList<string> Operators, bool CheckableOnClient, bool Ranges)
    {
        public bool Allows(string filterOperator) => Operators.Contains(filterOperator);

        /// <summary>"date", "text", "custom attribute"...: how messages name the field's type.</summary>
        public string KindName
        {
            get
            {
                switch (Kind)
                {
                    case SearchFieldKind.Text: return "text";
                    case SearchFieldKind.Integer: return "integer";
                    case SearchFieldKind.Float: return "number";
                    case SearchFieldKind.Date: return "date";
                    case SearchFieldKind.Boolean: return "boolean";
                    case SearchFieldKind.IdList: return "id list";
                    default: return "attribute";
                }
            }
        }

        /// <summary>The operators a field of <paramref name="kind"/> takes when its declaration does not restrict them.</summary>
        internal static IReadOnlyList<string> DefaultOperators(SearchFieldKind kind, SearchDateRule dates)
        {
            switch (kind)
            {
                case SearchFieldKind.Text: return TextOperators;
                case SearchFieldKind.Integer:
                case SearchFieldKind.Float:
                    return NumberOperators;
                case SearchFieldKind.Date: return dates.Operators;
                // IN and NIN take lists of strings or integers: no list of booleans can be sent.
                case SearchFieldKind.Boolean: return BooleanOperators;
                case SearchFieldKind.IdList: return EqualityOperators;
                case SearchFieldKind.Any: return SearchOperators.FilterOperators;
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown field kind.");
            }
        }

        private static readonly string[] BooleanOperators = { SearchOperators.Equal, SearchOperators.NotEqual };

        private static readonly string[] EqualityOperators = { SearchOperators.Equal, SearchOperators.NotEqual, SearchOperators.In, SearchOperators.NotIn };

        private static readonly string[] TextOperators = EqualityOperators
            .Concat(new[] { SearchOperators.Contains, SearchOperators.NotContains, SearchOperators.StartsWith, SearchOperators.EndsWith }).ToArray();

        private static readonly string[] NumberOperators = EqualityOperators
            .Concat(new[] { SearchOperators.LessThan, SearchOperators.LessThanOrEqual, SearchOperators.GreaterThan, SearchOperators.GreaterThanOrEqual }).ToArray();

        public override string ToString() => $"{Name} ({KindName})";
    }
}
