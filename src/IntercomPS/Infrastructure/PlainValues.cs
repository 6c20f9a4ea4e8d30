using System.Collections;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Converts between PowerShell values (hashtables, arrays, PSCustomObjects) and the plain dictionaries, lists and
    /// primitives the engine speaks, which are the only values that cross into its load context.
    /// </summary>
    internal static class PlainValues
    {
        public static object? FromPowerShell(object? value)
        {
            var raw = value is PSObject pso && !(pso.BaseObject is PSCustomObject) ? pso.BaseObject : value;
            switch (raw)
            {
                case null:
                    return null;
                case string _:
                case bool _:
                case char _:
                    return raw;
                case DateTime dateTime:
                    return new DateTimeOffset(dateTime.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dateTime, DateTimeKind.Local) : dateTime).ToUnixTimeSeconds();
                case DateTimeOffset offset:
                    return offset.ToUnixTimeSeconds();
                case IDictionary dictionary:
                    var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (DictionaryEntry entry in dictionary) map[entry.Key?.ToString() ?? string.Empty] = FromPowerShell(entry.Value);
                    return map;
                case PSObject custom:
                    var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var property in custom.Properties) properties[property.Name] = FromPowerShell(property.Value);
                    return properties;
                case IEnumerable sequence:
                    var list = new List<object?>();
                    foreach (var item in sequence) list.Add(FromPowerShell(item));
                    return list;
                case Enum enumValue:
                    return enumValue.ToString();
                default:
                    return raw.GetType().IsPrimitive || raw is decimal ? raw : raw.ToString();
            }
        }

        public static object? ToPowerShell(object? value)
        {
            switch (value)
            {
                case IDictionary<string, object?> map:
                    var result = new PSObject();
                    foreach (var pair in map) result.Properties.Add(new PSNoteProperty(pair.Key, ToPowerShell(pair.Value)));
                    return result;
                case IList<object?> list:
                    var array = new object?[list.Count];
                    for (var i = 0; i < array.Length; i++) array[i] = ToPowerShell(list[i]);
                    return array;
                default:
                    return value;
            }
        }

        /// <summary>A hashtable of query parameters as name/value pairs (arrays repeat the name).</summary>
        public static List<KeyValuePair<string, string>> QueryPairs(IDictionary? query)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            if (query == null) return pairs;
            foreach (DictionaryEntry entry in query)
            {
                var name = entry.Key?.ToString() ?? string.Empty;
                var value = entry.Value is PSObject pso ? pso.BaseObject : entry.Value;
                if (value is IEnumerable values && !(value is string))
                {
                    foreach (var item in values) pairs.Add(new KeyValuePair<string, string>(name, Convert.ToString(item, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
                }
                else if (value != null)
                {
                    pairs.Add(new KeyValuePair<string, string>(name, value is bool b ? (b ? "true" : "false") : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
                }
            }
            return pairs;
        }
    }
}
