using System.Text;

namespace IntercomPS.Sandbox.Search
{
    /// <summary>A search query the API rejects (400).</summary>
    internal sealed class SearchQueryException : Exception
    {
        public SearchQueryException(string message, string code = "parameter_invalid") : base(message)
        {
            Code = code;
        }

        public string Code { get; }
    }

    internal abstract class SearchNode<T>
    {
        /// <summary>Stable text of the query, for cursor fingerprints.</summary>
        public abstract string Canonical { get; }

        public abstract bool Matches(T record);
    }

    internal sealed class GroupNode<T> : SearchNode<T>
    {
        public GroupNode(bool isAnd, List<SearchNode<T>> children)
        {
            IsAnd = isAnd;
            Children = children;
        }

        public bool IsAnd { get; }
        public List<SearchNode<T>> Children { get; }

        public override string Canonical => (IsAnd ? "AND(" : "OR(") + string.Join(",", Children.Select(c => c.Canonical)) + ")";

        public override bool Matches(T record)
        {
            if (IsAnd)
            {
                foreach (var child in Children) if (!child.Matches(record)) return false;
                return true;
            }
            foreach (var child in Children) if (child.Matches(record)) return true;
            return false;
        }
    }

    internal sealed class FilterNode<T> : SearchNode<T>
    {
        private readonly object? _operand;
        private readonly List<object?>? _operands;

        public FilterNode(FieldDefinition<T> field, string op, object? operand, List<object?>? operands, bool hasInterval, long low, long high)
        {
            Field = field;
            Operator = op;
            _operand = operand;
            _operands = operands;
            HasInterval = hasInterval;
            Low = low;
            High = high;
        }

        public FieldDefinition<T> Field { get; }
        public string Operator { get; }

        /// <summary>True when the filter selects the inclusive instant range [Low, High] (dates and integers).</summary>
        public bool HasInterval { get; }
        public long Low { get; }
        public long High { get; }

        public override string Canonical
        {
            get
            {
                var value = _operands != null ? "[" + string.Join(",", _operands.Select(Text)) + "]" : Text(_operand);
                return Field.Name + " " + Operator + " " + value;
            }
        }

        public override bool Matches(T record)
        {
            var actual = Field.Read(record);
            switch (Operator)
            {
                case "=": return EqualsOperand(actual, _operand, interval: true);
                case "!=": return !EqualsOperand(actual, _operand, interval: true);
                case "IN": return _operands!.Any(o => EqualsOperand(actual, o, interval: false));
                case "NIN": return !_operands!.Any(o => EqualsOperand(actual, o, interval: false));
                case "<":
                case "<=":
                case ">":
                case ">=":
                    return actual is long number && number >= Low && number <= High;
                case "~": return AnyText(actual, s => s.IndexOf((string)_operand!, StringComparison.OrdinalIgnoreCase) >= 0);
                case "!~": return !AnyText(actual, s => s.IndexOf((string)_operand!, StringComparison.OrdinalIgnoreCase) >= 0);
                case "^": return AnyText(actual, s => s.StartsWith((string)_operand!, StringComparison.OrdinalIgnoreCase));
                case "$": return AnyText(actual, s => s.EndsWith((string)_operand!, StringComparison.OrdinalIgnoreCase));
                default: return false;
            }
        }

        private bool EqualsOperand(object? actual, object? operand, bool interval)
        {
            if (operand == null)
            {
                return actual == null || actual is IReadOnlyList<string> list && list.Count == 0;
            }
            if (interval && HasInterval) return actual is long number && number >= Low && number <= High;
            switch (actual)
            {
                case null: return false;
                case long number: return operand is long expected && number == expected;
                case bool flag: return operand is bool expected2 && flag == expected2;
                case IReadOnlyList<string> items:
                    foreach (var item in items) if (string.Equals(item, (string)operand, StringComparison.OrdinalIgnoreCase)) return true;
                    return false;
                case string text:
                    if (Field.Type == FieldType.Words) return Words(text).Contains(((string)operand).ToLowerInvariant());
                    return string.Equals(text, operand as string, StringComparison.OrdinalIgnoreCase);
                default: return false;
            }
        }

        private static bool AnyText(object? actual, Func<string, bool> test)
        {
            switch (actual)
            {
                case string text: return test(text);
                case IReadOnlyList<string> items: return items.Any(test);
                default: return false;
            }
        }

        /// <summary>Lower-cased words of an HTML body: the unit source.body equality matches.</summary>
        private static HashSet<string> Words(string html)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            var current = new StringBuilder();
            var inTag = false;
            foreach (var c in html)
            {
                if (c == '<') { inTag = true; Flush(); continue; }
                if (c == '>') { inTag = false; continue; }
                if (inTag) continue;
                if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c)); else Flush();
            }
            Flush();
            return words;

            void Flush()
            {
                if (current.Length > 0) words.Add(current.ToString());
                current.Clear();
            }
        }

        private static string Text(object? value)
        {
            switch (value)
            {
                case null: return "null";
                case bool b: return b ? "true" : "false";
                case long l: return l.ToString(CultureInfo.InvariantCulture);
                default: return JsonSerializer.Serialize(value.ToString());
            }
        }
    }

    /// <summary>
    /// Reads a search body's <c>query</c> as Intercom documents it: a filter or an AND/OR group; at most two levels of
    /// groups (the root group and groups inside it) and at most 15 entries per group; operators checked against the
    /// field's type.
    /// </summary>
    internal static class SearchQueryParser
    {
        public const int MaxGroupDepth = 2;
        public const int MaxFiltersPerGroup = 15;

        private static readonly string[] Operators = { "=", "!=", "IN", "NIN", "<", "<=", ">", ">=", "~", "!~", "^", "$" };

        public static SearchNode<T> Parse<T>(JsonElement query, FieldCatalog<T> fields, DateSemantics dates) => ParseNode(query, fields, dates, 0);

        private static SearchNode<T> ParseNode<T>(JsonElement element, FieldCatalog<T> fields, DateSemantics dates, int depth)
        {
            if (element.ValueKind != JsonValueKind.Object) throw new SearchQueryException("A query must be an object: a filter {field, operator, value} or a group {operator: AND|OR, value: [...]}.");
            if (element.TryGetProperty("field", out _)) return ParseFilter(element, fields, dates);

            if (!element.TryGetProperty("operator", out var op) || op.ValueKind != JsonValueKind.String ||
                op.GetString() != "AND" && op.GetString() != "OR")
            {
                throw new SearchQueryException("A group's operator must be AND or OR.");
            }
            if (depth + 1 > MaxGroupDepth) throw new SearchQueryException($"Too many nested groups: the maximum nesting is {MaxGroupDepth} levels.");
            if (!element.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
            {
                throw new SearchQueryException("A group's value must be a non-empty array of filters or groups.");
            }
            if (value.GetArrayLength() > MaxFiltersPerGroup)
            {
                throw new SearchQueryException($"Too many filters in one {op.GetString()} group: {value.GetArrayLength()} given, the maximum is {MaxFiltersPerGroup}.");
            }
            var children = new List<SearchNode<T>>();
            foreach (var child in value.EnumerateArray()) children.Add(ParseNode(child, fields, dates, depth + 1));
            return new GroupNode<T>(op.GetString() == "AND", children);
        }

        private static FilterNode<T> ParseFilter<T>(JsonElement element, FieldCatalog<T> fields, DateSemantics dates)
        {
            var fieldElement = element.GetProperty("field");
            if (fieldElement.ValueKind != JsonValueKind.String) throw new SearchQueryException("A filter's field must be a string.");
            var name = fieldElement.GetString()!;
            var field = fields.Find(name) ?? throw new SearchQueryException($"'{name}' is not a searchable field.");

            if (!element.TryGetProperty("operator", out var opElement) || opElement.ValueKind != JsonValueKind.String)
            {
                throw new SearchQueryException($"The filter on '{name}' has no operator.");
            }
            var op = opElement.GetString()!;
            if (Array.IndexOf(Operators, op) < 0)
            {
                throw new SearchQueryException($"'{op}' is not a valid operator. Valid operators: {string.Join(" ", Operators)}.");
            }
            if (!AllowedOperators(field.Type, dates).Contains(op))
            {
                throw new SearchQueryException($"The operator '{op}' is not supported for '{name}' ({Describe(field.Type)} field).");
            }
            if (!element.TryGetProperty("value", out var valueElement))
            {
                throw new SearchQueryException($"The filter on '{name}' has no value.");
            }

            if (op == "IN" || op == "NIN")
            {
                if (valueElement.ValueKind != JsonValueKind.Array) throw new SearchQueryException($"The value of '{op}' on '{name}' must be an array.");
                var operands = new List<object?>();
                foreach (var item in valueElement.EnumerateArray()) operands.Add(ReadScalar(item, field, allowNull: false));
                return new FilterNode<T>(field, op, null, operands, false, 0, 0);
            }
            if (valueElement.ValueKind == JsonValueKind.Array) throw new SearchQueryException($"The value of '{op}' on '{name}' must not be an array.");

            var needsValue = op != "=" && op != "!=";
            var operand = ReadScalar(valueElement, field, allowNull: !needsValue);
            long low = 0, high = 0;
            var hasInterval = false;
            if (operand is long number)
            {
                if (field.Type == FieldType.Date) hasInterval = dates.TryInterval(op, number, out low, out high);
                else if (field.Type == FieldType.Integer) hasInterval = new DateSemantics(inclusive: false, byDay: false).TryInterval(op, number, out low, out high);
            }
            return new FilterNode<T>(field, op, operand, null, hasInterval, low, high);
        }

        private static object? ReadScalar<T>(JsonElement value, FieldDefinition<T> field, bool allowNull)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                if (allowNull) return null;
                throw new SearchQueryException($"The value for '{field.Name}' must not be null with this operator.");
            }
            switch (field.Type)
            {
                case FieldType.Date:
                case FieldType.Integer:
                    if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)) return number;
                    if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)) return parsed;
                    throw new SearchQueryException($"{value.GetRawText()} is not a valid value for '{field.Name}': it accepts {(field.Type == FieldType.Date ? "a UNIX timestamp" : "an integer")}.");
                case FieldType.Boolean:
                    if (value.ValueKind == JsonValueKind.True) return true;
                    if (value.ValueKind == JsonValueKind.False) return false;
                    if (value.ValueKind == JsonValueKind.String && bool.TryParse(value.GetString(), out var flag)) return flag;
                    throw new SearchQueryException($"{value.GetRawText()} is not a valid value for '{field.Name}': it accepts true or false.");
                default:
                    switch (value.ValueKind)
                    {
                        case JsonValueKind.String: return value.GetString();
                        case JsonValueKind.Number: return value.GetRawText();
                        case JsonValueKind.True: return "true";
                        case JsonValueKind.False: return "false";
                        default: throw new SearchQueryException($"{value.GetRawText()} is not a valid value for '{field.Name}'.");
                    }
            }
        }

        private static string[] AllowedOperators(FieldType type, DateSemantics dates)
        {
            switch (type)
            {
                case FieldType.Date:
                    return dates.ByDay ? new[] { "=", "<", ">" } : new[] { "=", "!=", "IN", "NIN", "<", "<=", ">", ">=" };
                case FieldType.Integer: return new[] { "=", "!=", "IN", "NIN", "<", "<=", ">", ">=" };
                case FieldType.Boolean: return new[] { "=", "!=", "IN", "NIN" };
                case FieldType.TagId: return new[] { "=", "!=" };
                default: return new[] { "=", "!=", "IN", "NIN", "~", "!~", "^", "$" };
            }
        }

        private static string Describe(FieldType type)
        {
            switch (type)
            {
                case FieldType.Date: return "date";
                case FieldType.Integer: return "integer";
                case FieldType.Boolean: return "boolean";
                case FieldType.TagId: return "tag_id";
                default: return "string";
            }
        }
    }
}
