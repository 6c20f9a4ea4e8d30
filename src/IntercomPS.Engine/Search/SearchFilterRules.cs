using System.Collections;
using System.Globalization;

namespace IntercomPS.Engine.Search
{
    /// <summary>A filter whose field, operator and value passed <see cref="SearchFilterRules"/>, in canonical form.</summary>
    internal sealed class CheckedFilter
    {
        public CheckedFilter(string field, string @operator, object? value)
        {
            Field = field;
            Operator = @operator;
            Value = value;
        }

        public string Field { get; }
        public string Operator { get; }
        public object? Value { get; }
    }

    /// <summary>
    /// What one filter must look like, from the spec: a non-empty field; one of the twelve operators; for IN and NIN
    /// a non-empty list of strings or integers; otherwise one string, integer or boolean, where text operators take
    /// strings and ordering operators strings or integers (the spec's own examples send timestamps as strings).
    /// Dates become unix seconds, Intercom's only timestamp format.
    /// </summary>
    internal static class SearchFilterRules
    {
        private static readonly string OperatorList = string.Join(", ", SearchOperators.FilterOperators);

        public static CheckedFilter CheckOrThrow(string field, string @operator, object? value)
        {
            var problems = new List<string>();
            return Check(field, @operator, value, "filter", problems) ?? throw new SearchQueryException(problems);
        }

        /// <returns>The filter in canonical form, or null after adding what is wrong to <paramref name="problems"/>.</returns>
        public static CheckedFilter? Check(object? field, object? @operator, object? value, string path, List<string> problems)
        {
            var before = problems.Count;

            var fieldName = field as string;
            if (string.IsNullOrWhiteSpace(fieldName))
            {
                problems.Add($"{path}.field must be the name of the attribute to search (e.g. created_at), not {Describe(field)}.");
            }

            var canonical = CheckOperator(@operator, path, problems);
            object? normalized = null;
            if (canonical != null)
            {
                normalized = SearchOperators.TakesList(canonical)
                    ? CheckList(value, canonical, path, problems)
                    : CheckSingle(value, canonical, path, problems);
            }

            return problems.Count == before ? new CheckedFilter(fieldName!.Trim(), canonical!, normalized) : null;
        }

        private static string? CheckOperator(object? @operator, string path, List<string> problems)
        {
            if (!(@operator is string text))
            {
                problems.Add($"{path}.operator must be one of {OperatorList}, not {Describe(@operator)}.");
                return null;
            }
            var canonical = SearchOperators.NormalizeFilterOperator(text);
            if (canonical != null) return canonical;
            problems.Add(SearchOperators.NormalizeGroupOperator(text) != null
                ? $"{path}.operator '{text}' is a group operator, but this entry has a field; a filter takes one of {OperatorList}, and a group {{operator, value}} has no field."
                : $"{path}.operator '{text}' is not an Intercom operator; use one of {OperatorList}.");
            return null;
        }

        private static object? CheckList(object? value, string @operator, string path, List<string> problems)
        {
            if (!IsSequence(value))
            {
                problems.Add($"{path}.value must be a list of values for operator '{@operator}', not {Describe(value)}.");
                return null;
            }
            var items = new List<object>();
            var index = 0;
            foreach (var item in (IEnumerable)value!)
            {
                var normalized = NormalizeScalar(item);
                if (normalized is string || normalized is long)
                {
                    items.Add(normalized);
                }
                else
                {
                    problems.Add($"{path}.value[{index}] must be a string or an integer, not {Describe(item)}.");
                }
                index++;
            }
            if (index == 0)
            {
                problems.Add($"{path}.value is an empty list; operator '{@operator}' needs at least one value.");
            }
            return items.AsReadOnly();
        }

        private static object? CheckSingle(object? value, string @operator, string path, List<string> problems)
        {
            if (IsSequence(value))
            {
                problems.Add($"{path}.value is a list, but operator '{@operator}' compares with one value; use IN (or NIN) to match any of several values.");
                return null;
            }
            if (value == null)
            {
                if (@operator == SearchOperators.Equal || @operator == SearchOperators.NotEqual) return null;
                problems.Add($"{path}.value is null; operator '{@operator}' needs a value.");
                return null;
            }

            var normalized = NormalizeScalar(value);
            if (normalized == null)
            {
                problems.Add($"{path}.value must be a string, an integer or a boolean, not {Describe(value)}.");
            }
            else if (SearchOperators.IsTextMatch(@operator) && !(normalized is string))
            {
                problems.Add($"{path}.value must be a string for operator '{@operator}' (a text match), not {Describe(value)}.");
            }
            else if (SearchOperators.IsOrdering(@operator) && normalized is bool)
            {
                problems.Add($"{path}.value must be a number or a date for operator '{@operator}', not {Describe(value)}.");
            }
            return normalized;
        }

        /// <summary>A string, long or bool for what the API accepts; null for anything else.</summary>
        private static object? NormalizeScalar(object? value)
        {
            switch (value)
            {
                case string text: return text;
                case bool flag: return flag;
                case object _ when Json.PlainJson.AsInt64(value) is long number: return number;
                case ulong number when number <= long.MaxValue: return (long)number;
                case double number when IsWhole(number): return (long)number;
                case float number when IsWhole(number): return (long)number;
                case decimal number when decimal.Truncate(number) == number && number >= long.MinValue && number <= long.MaxValue: return (long)number;
                case DateTimeOffset instant: return instant.ToUnixTimeSeconds();
                // Unspecified kind is local time, as everywhere in .NET (PowerShell's [datetime] casts produce it).
                case DateTime dateTime: return new DateTimeOffset(dateTime).ToUnixTimeSeconds();
                case char character: return character.ToString();
                default: return null;
            }
        }

        private static bool IsWhole(double number) =>
            !double.IsNaN(number) && !double.IsInfinity(number) && Math.Floor(number) == number && number >= long.MinValue && number <= long.MaxValue;

        internal static bool IsSequence(object? value) => value is IEnumerable && !(value is string) && !(value is IDictionary) && !IsGenericDictionary(value);

        internal static bool IsGenericDictionary(object? value) => value is IDictionary<string, object?> || value is IReadOnlyDictionary<string, object?>;

        internal static string Describe(object? value)
        {
            switch (value)
            {
                case null: return "null";
                case string text: return $"the string '{text}'";
                case bool flag: return flag ? "true" : "false";
                case IDictionary _:
                case IDictionary<string, object?> _:
                case IReadOnlyDictionary<string, object?> _:
                    return "an object";
                case IEnumerable _: return "a list";
                case IFormattable formattable: return $"{value.GetType().Name} {formattable.ToString(null, CultureInfo.InvariantCulture)}";
                default: return "a " + value.GetType().Name;
            }
        }
    }
}
