using IntercomPS.Engine.Search;

namespace IntercomPS.Filters
{
    /// <summary>
    /// -Filter end to end: <see cref="FilterParser"/> reads the script block into a neutral condition, the engine's
    /// <see cref="SearchConditionCompiler"/> checks it against the resource's search fields and emits Intercom's query
    /// (with the exact client-side check where dates are widened). Either side's refusal comes out as one
    /// <see cref="FilterTranslationException"/> pointing at the construct in the script block.
    /// </summary>
    internal static class FilterTranslator
    {
        /// <exception cref="FilterTranslationException">A construct cannot be translated; the message says which and where.</exception>
        public static CompiledSearch Translate(ScriptBlock filter, SessionState session, SearchFields fields) =>
            Translate(filter, new SessionStateValueResolver(session), fields);

        /// <exception cref="FilterTranslationException">A construct cannot be translated; the message says which and where.</exception>
        public static CompiledSearch Translate(ScriptBlock filter, IFilterValueResolver values, SearchFields fields)
        {
            var condition = FilterParser.Parse(filter, values);
            try
            {
                return SearchConditionCompiler.Compile(condition, fields, PowerShellSearchSyntax.Instance);
            }
            catch (SearchConditionException exception)
            {
                var origin = (FilterOrigin)exception.Condition.Origin!;
                throw new FilterTranslationException(Construct(exception, origin, fields), origin.Extent, exception.Message, exception);
            }
        }

        /// <summary>How the refused construct reads in the script block ("-ne on the contact date field 'created_at'").</summary>
        private static string Construct(SearchConditionException exception, FilterOrigin origin, SearchFields fields)
        {
            var comparison = exception.Condition as SearchComparison;
            var field = exception.Field?.Name ?? comparison?.Field;
            switch (exception.Problem)
            {
                case SearchConditionProblem.UnknownField:
                    return $"the field '{field}'";
                case SearchConditionProblem.OperatorNotAllowed:
                    return exception.Field?.Kind == SearchFieldKind.Date && comparison != null && SearchOperators.IsTextMatch(comparison.Operator)
                        ? $"a text match on the date field '{field}'"
                        : $"{origin.Operator} on the {fields.Noun} {exception.Field?.KindName} field '{field}'";
                case SearchConditionProblem.DateWithFraction:
                    return $"{origin.Operator} with a date that has a fraction of a second";
                case SearchConditionProblem.NotADate:
                    return $"the value {DescribeValue(comparison?.Value)} for the date field '{field}'";
                case SearchConditionProblem.InvalidValue when comparison?.Value == null:
                    return $"a comparison of '{field}' with $null";
                case SearchConditionProblem.TooManyEntries:
                    return $"{exception.Entries} conditions joined by {origin.Operator}";
                case SearchConditionProblem.TooDeep:
                    return "a third level of -and/-or";
                default:
                    return $"the condition on '{field}'";
            }
        }

        private static string DescribeValue(object? value) =>
            value == null ? "$null" : value is string text ? $"'{text}'" : $"{value} ({value.GetType().Name})";
    }
}
