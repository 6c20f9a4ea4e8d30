using System.Text.Json.Nodes;
using IntercomPS.Sandbox.Routes;

namespace IntercomPS.Sandbox.Generic
{
    /// <summary>
    /// A search query (<c>{field, operator, value}</c> filters in AND/OR groups) evaluated against stored objects as
    /// JSON. A field is a member path (<c>ticket_state.category</c>). A filter on a field no object of the collection
    /// carries is not applied: the generic store knows objects, not the search field tables of each resource (where an
    /// API field is named differently from the member, e.g. a ticket's <c>state</c>), and a sandbox that answered such
    /// searches with nothing would hide every object from scripts being tried.
    /// </summary>
    internal sealed class JsonQuery
    {
        private static readonly HashSet<string> Operators = new HashSet<string>(StringComparer.Ordinal)
        {
            "=", "!=", "IN", "NIN", "<", ">", "<=", ">=", "~", "!~", "^", "$",
        };

        private readonly JsonElement _query;

        private JsonQuery(JsonElement query)
        {
            _query = query;
            Fingerprint = query.GetRawText();
        }

        /// <summary>The query as sent: a cursor of one query is refused by another.</summary>
        public string Fingerprint { get; }

        /// <summary>Reads and checks the query (400 as the API answers a malformed one).</summary>
        public static JsonQuery Parse(JsonElement query)
        {
            Check(query, depth: 0);
            return new JsonQuery(query);
        }

        /// <summary>The objects that match, in their order.</summary>
        public List<T> Filter<T>(List<T> candidates, Func<T, JsonObject> bodyOf)
        {
            var known = new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in Fields(_query))
            {
                if (candidates.Any(candidate => Lookup(bodyOf(candidate), field, out _))) known.Add(field);
            }
            return candidates.Where(candidate => Matches(_query, bodyOf(candidate), known)).ToList();
        }

        private static void Check(JsonElement query, int depth)
        {
            if (query.ValueKind != JsonValueKind.Object) throw ApiException.Invalid("query must be an object", "query");
            var op = query.TryGetProperty("operator", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : throw ApiException.Missing("query.operator");
            if (op == "AND" || op == "OR")
            {
                if (depth >= 2) throw ApiException.Invalid("query nesting is limited to two levels of groups", "query");
                if (!query.TryGetProperty("value", out var members) || members.ValueKind != JsonValueKind.Array) throw ApiException.Invalid($"{op} needs an array of filters as value", "query.value");
                foreach (var member in members.EnumerateArray()) Check(member, depth + 1);
                return;
            }
            if (!Operators.Contains(op)) throw ApiException.Invalid($"'{op}' is not an operator (use one of {string.Join(", ", Operators)}, or AND/OR for groups)", "query.operator");
            if (!query.TryGetProperty("field", out var field) || field.ValueKind != JsonValueKind.String) throw ApiException.Missing("query.field");
            if (!query.TryGetProperty("value", out _)) throw ApiException.Missing("query.value");
        }

        private static IEnumerable<string> Fields(JsonElement query)
        {
            if (query.TryGetProperty("field", out var field)) return new[] { field.GetString()! };
            return query.TryGetProperty("value", out var members) && members.ValueKind == JsonValueKind.Array
                ? members.EnumerateArray().SelectMany(Fields)
                : Enumerable.Empty<string>();
        }

        private static bool Matches(JsonElement query, JsonObject body, HashSet<string> known)
        {
            var op = query.GetProperty("operator").GetString()!;
            if (op == "AND") return query.GetProperty("value").EnumerateArray().All(member => Matches(member, body, known));
            if (op == "OR") return query.GetProperty("value").EnumerateArray().Any(member => Matches(member, body, known));
            var field = query.GetProperty("field").GetString()!;
            if (!known.Contains(field)) return true;
            Lookup(body, field, out var actual);
            var expected = query.GetProperty("value");
            var values = actual is JsonArray array ? array.ToList() : new List<JsonNode?> { actual };
            switch (op)
            {
                case "!=": return values.All(value => !Equal(value, expected));
                case "NIN": return values.All(value => !Among(value, expected));
                case "!~": return values.All(value => !Contains(Text(value), Text(expected)));
                default: return values.Any(value => Holds(op, value, expected));
            }
        }

        private static bool Holds(string op, JsonNode? actual, JsonElement expected)
        {
            switch (op)
            {
                case "=": return Equal(actual, expected);
                case "IN": return Among(actual, expected);
                case "~": return Contains(Text(actual), Text(expected));
                case "^": return Text(actual).StartsWith(Text(expected), StringComparison.OrdinalIgnoreCase);
                case "$": return Text(actual).EndsWith(Text(expected), StringComparison.OrdinalIgnoreCase);
                default:
                    if (!(Number(actual) is double left) || !(Number(expected) is double right)) return false;
                    switch (op)
                    {
                        case "<": return left < right;
                        case ">": return left > right;
                        case "<=": return left <= right;
                        default: return left >= right;
                    }
            }
        }

        private static bool Contains(string text, string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

        private static bool Among(JsonNode? actual, JsonElement expected) =>
            expected.ValueKind == JsonValueKind.Array ? expected.EnumerateArray().Any(candidate => Equal(actual, candidate)) : Equal(actual, expected);

        private static bool Equal(JsonNode? actual, JsonElement expected)
        {
            if (expected.ValueKind == JsonValueKind.Null) return actual == null;
            if (actual == null) return false;
            if (Number(actual) is double left && Number(expected) is double right) return left == right;
            if (expected.ValueKind == JsonValueKind.True || expected.ValueKind == JsonValueKind.False)
            {
                return actual.GetValueKind() == expected.ValueKind;
            }
            return string.Equals(Text(actual), Text(expected), StringComparison.Ordinal);
        }

        /// <summary>The member at a dotted path; false when the path leads nowhere.</summary>
        private static bool Lookup(JsonObject body, string field, out JsonNode? value)
        {
            JsonNode? current = body;
            foreach (var name in field.Split('.'))
            {
                if (!(current is JsonObject container) || !container.TryGetPropertyValue(name, out current))
                {
                    value = null;
                    return false;
                }
            }
            value = current;
            return true;
        }

        private static string Text(JsonNode? node) =>
            node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node?.ToJsonString() ?? "";

        private static string Text(JsonElement element) =>
            element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();

        private static double? Number(JsonNode? node)
        {
            if (!(node is JsonValue value)) return null;
            var kind = value.GetValueKind();
            if (kind == JsonValueKind.Number) return double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
            return kind == JsonValueKind.String && double.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : (double?)null;
        }

        private static double? Number(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Number) return element.GetDouble();
            return element.ValueKind == JsonValueKind.String && double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : (double?)null;
        }
    }
}
