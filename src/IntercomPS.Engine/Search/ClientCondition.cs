using System.Globalization;

namespace IntercomPS.Engine.Search
{
    /// <summary>
    /// The exact form of a search condition, checked on each item the server returns, for queries the server can only
    /// approximate: date conditions are sent widened (contact dates compare by calendar day, conversation date
    /// operators may or may not include their bound), so the server returns a superset and this keeps exactly the
    /// items the condition describes. Built alongside the server query from the same expression.
    /// </summary>
    /// <remarks>
    /// Each node knows whether the server decides it exactly. An item the server returned is known to satisfy the
    /// server query's root, and through AND groups every child of it; a child of an OR is not known to hold. So an
    /// exact subtree reached only through ANDs is trusted without reading a field, and everything else is evaluated
    /// here, which is why <see cref="FieldsToRead"/> lists only those comparisons' fields.
    /// </remarks>
    public abstract class ClientCondition
    {
        private protected ClientCondition()
        {
        }

        /// <summary>True when the server query decides this condition exactly (no widened comparison inside).</summary>
        public abstract bool ExactOnServer { get; }

        /// <summary>
        /// A comparison <c>field operator value</c> with Intercom's semantics: strings compare case-insensitively,
        /// numbers and dates (unix seconds, possibly fractional) numerically, a missing value never satisfies an
        /// ordering or text match, a list field matches when any of its values does.
        /// </summary>
        /// <param name="operator">One of the twelve filter operators (see <see cref="SearchOperators"/>).</param>
        /// <param name="value">null, string, bool, long or double; for IN and NIN a list of those.</param>
        /// <param name="exactOnServer">Whether the server's filter for this comparison returns exactly its items.</param>
        public static ClientCondition Compare(string field, string @operator, object? value, bool exactOnServer) =>
            new ClientComparison(field, @operator, value, exactOnServer);

        public static ClientCondition All(IEnumerable<ClientCondition> conditions) => new ClientGroup(true, conditions);

        public static ClientCondition Any(IEnumerable<ClientCondition> conditions) => new ClientGroup(false, conditions);

        /// <summary>Whether <paramref name="item"/>, which the server returned for this condition's query, satisfies it exactly.</summary>
        public bool Matches<T>(T item, ModelFieldReader<T> fields) => Evaluate(item, fields, passedOnServer: true);

        /// <summary>The fields that must be read on the client to decide the condition (empty when the server decides it).</summary>
        public IReadOnlyCollection<string> FieldsToRead()
        {
            var fields = new SortedSet<string>(StringComparer.Ordinal);
            CollectFieldsToRead(passedOnServer: true, fields);
            return fields;
        }

        internal abstract bool Evaluate<T>(T item, ModelFieldReader<T> fields, bool passedOnServer);

        internal abstract void CollectFieldsToRead(bool passedOnServer, ISet<string> fields);
    }

    internal sealed class ClientGroup : ClientCondition
    {
        private readonly bool _isAnd;
        private readonly ClientCondition[] _children;

        public ClientGroup(bool isAnd, IEnumerable<ClientCondition> children)
        {
            _isAnd = isAnd;
            _children = children?.ToArray() ?? throw new ArgumentNullException(nameof(children));
            if (_children.Length == 0) throw new ArgumentException("A group needs at least one condition.", nameof(children));
            ExactOnServer = _children.All(child => child.ExactOnServer);
        }

        public override bool ExactOnServer { get; }

        internal override bool Evaluate<T>(T item, ModelFieldReader<T> fields, bool passedOnServer)
        {
            if (ExactOnServer && passedOnServer) return true;
            if (_isAnd) return _children.All(child => child.Evaluate(item, fields, passedOnServer));
            // Which branch the server matched is unknown: each one is decided here.
            return _children.Any(child => child.Evaluate(item, fields, passedOnServer: false));
        }

        internal override void CollectFieldsToRead(bool passedOnServer, ISet<string> fields)
        {
            if (ExactOnServer && passedOnServer) return;
            foreach (var child in _children) child.CollectFieldsToRead(_isAnd && passedOnServer, fields);
        }
    }

    internal sealed class ClientComparison : ClientCondition
    {
        private readonly string _field;
        private readonly string _operator;
        private readonly object? _value;
        private readonly object?[] _values;

        public ClientComparison(string field, string @operator, object? value, bool exactOnServer)
        {
            _field = string.IsNullOrWhiteSpace(field) ? throw new ArgumentException("The field must be named.", nameof(field)) : field;
            _operator = SearchOperators.NormalizeFilterOperator(@operator) ?? throw new ArgumentException($"'{@operator}' is not a filter operator.", nameof(@operator));
            _value = value;
            _values = SearchOperators.TakesList(_operator)
                ? (value as System.Collections.IEnumerable ?? throw new ArgumentException($"{_operator} needs a list of values.", nameof(value))).Cast<object?>().ToArray()
                : new[] { value };
            ExactOnServer = exactOnServer;
        }

        public override bool ExactOnServer { get; }

        internal override bool Evaluate<T>(T item, ModelFieldReader<T> fields, bool passedOnServer)
        {
            if (ExactOnServer && passedOnServer) return true;
            var actual = fields.Read(item, _field);
            switch (_operator)
            {
                case SearchOperators.Equal: return AreEqual(actual, _value);
                case SearchOperators.NotEqual: return !AreEqual(actual, _value);
                case SearchOperators.In: return _values.Any(value => AreEqual(actual, value));
                case SearchOperators.NotIn: return !_values.Any(value => AreEqual(actual, value));
                case SearchOperators.GreaterThan: return Order(actual, _value) is int gt && gt > 0;
                case SearchOperators.GreaterThanOrEqual: return Order(actual, _value) is int ge && ge >= 0;
                case SearchOperators.LessThan: return Order(actual, _value) is int lt && lt < 0;
                case SearchOperators.LessThanOrEqual: return Order(actual, _value) is int le && le <= 0;
                case SearchOperators.Contains: return AnyText(actual, text => text.IndexOf(Pattern, StringComparison.OrdinalIgnoreCase) >= 0);
                case SearchOperators.NotContains: return !AnyText(actual, text => text.IndexOf(Pattern, StringComparison.OrdinalIgnoreCase) >= 0);
                case SearchOperators.StartsWith: return AnyText(actual, text => text.StartsWith(Pattern, StringComparison.OrdinalIgnoreCase));
                case SearchOperators.EndsWith: return AnyText(actual, text => text.EndsWith(Pattern, StringComparison.OrdinalIgnoreCase));
                default: throw new InvalidOperationException($"Unknown operator '{_operator}'.");
            }
        }

        internal override void CollectFieldsToRead(bool passedOnServer, ISet<string> fields)
        {
            if (!(ExactOnServer && passedOnServer)) fields.Add(_field);
        }

        public override string ToString() => $"{_field} {_operator} {_value}";

        private string Pattern => Convert.ToString(_value, CultureInfo.InvariantCulture) ?? string.Empty;

        private static bool AreEqual(object? actual, object? expected)
        {
            if (expected == null) return actual == null || actual is IReadOnlyCollection<string> empty && empty.Count == 0;
            switch (actual)
            {
                case null: return false;
                case IEnumerable<string> items: return items.Any(item => AreEqual(item, expected));
                case bool flag:
                    return expected is bool b ? flag == b : expected is string s && bool.TryParse(s, out var parsed) && parsed == flag;
            }
            if (AsNumber(actual) is double left && AsNumber(expected) is double right) return left == right;
            return string.Equals(Convert.ToString(actual, CultureInfo.InvariantCulture), Convert.ToString(expected, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The sign of actual - expected for numbers (dates are unix seconds); null when either is not a number.</summary>
        private static int? Order(object? actual, object? expected)
        {
            if (AsNumber(actual) is double left && AsNumber(expected) is double right) return left.CompareTo(right);
            return null;
        }

        private static double? AsNumber(object? value)
        {
            switch (value)
            {
                case long number: return number;
                case int number: return number;
                case double number: return number;
                case decimal number: return (double)number;
                case string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed): return parsed;
                default: return null;
            }
        }

        private static bool AnyText(object? actual, Func<string, bool> test)
        {
            switch (actual)
            {
                case string text: return test(text);
                case IEnumerable<string> items: return items.Any(test);
                default: return false;
            }
        }
    }
}
