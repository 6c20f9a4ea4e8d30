using System.Globalization;

namespace IntercomPS.Engine.Search
{
    /// <summary>
    /// Reads a model's value of a search field by the field's Intercom name (<c>created_at</c>, <c>source.author.email</c>,
    /// <c>custom_attributes.plan</c>), normalized the way the search compares it: dates as unix seconds (long),
    /// integers as long, strings, booleans, lists of strings, or null. Built from a resource's
    /// <see cref="SearchFields{T}"/> declaration.
    /// </summary>
    public sealed class ModelFieldReader<T>
    {
        private readonly Dictionary<string, Func<T, object?>> _fields = new Dictionary<string, Func<T, object?>>(StringComparer.Ordinal);
        private readonly List<KeyValuePair<string, Func<T, IDictionary<string, object?>?>>> _families = new List<KeyValuePair<string, Func<T, IDictionary<string, object?>?>>>();

        internal ModelFieldReader()
        {
        }

        /// <summary>True when <paramref name="field"/> can be read from the model (declared readable fields, and every attribute of a readable family).</summary>
        public bool CanRead(string field) => _fields.ContainsKey(field) || FamilyOf(field) != null;

        /// <summary>The normalized value; null when the model has none.</summary>
        /// <exception cref="ArgumentException">The field cannot be read from this model.</exception>
        public object? Read(T item, string field)
        {
            if (_fields.TryGetValue(field, out var read)) return Normalize(read(item));
            var family = FamilyOf(field) ?? throw new ArgumentException($"'{field}' cannot be read from a {typeof(T).Name}.", nameof(field));
            var attributes = family.Value(item);
            return attributes != null && attributes.TryGetValue(field.Substring(family.Key.Length + 1), out var value) ? Normalize(value) : null;
        }

        internal void Add(string field, Func<T, object?> read) => _fields.Add(field, read);

        internal void AddFamily(string prefix, Func<T, IDictionary<string, object?>?> read) =>
            _families.Add(new KeyValuePair<string, Func<T, IDictionary<string, object?>?>>(prefix, read));

        private KeyValuePair<string, Func<T, IDictionary<string, object?>?>>? FamilyOf(string field)
        {
            foreach (var family in _families)
            {
                if (field.Length > family.Key.Length + 1 && field.StartsWith(family.Key + ".", StringComparison.Ordinal)) return family;
            }
            return null;
        }

        internal static object? Normalize(object? value)
        {
            switch (value)
            {
                case null: return null;
                case string text: return text;
                case bool flag: return flag;
                case long number: return number;
                case int number: return (long)number;
                case DateTimeOffset instant: return instant.ToUnixTimeSeconds();
                case double number when Math.Floor(number) == number && Math.Abs(number) < 9e15: return (long)number;
                case double number: return number;
                case IEnumerable<string> items: return items.ToList();
                default: return Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }
    }
}
