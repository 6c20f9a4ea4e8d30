using System.Collections;

namespace IntercomPS.Engine.Search
{
    /// <summary>
    /// Reads a query given as plain values (dictionaries, lists, primitives: JSON parsed by the engine, or
    /// PowerShell hashtables converted by the cmdlet layer) into nodes, collecting every problem with its path.
    /// Keys are matched case-insensitively, as PowerShell users expect of hashtables.
    /// </summary>
    internal static class SearchGraphReader
    {
        private const string FieldKey = "field";
        private const string OperatorKey = "operator";
        private const string ValueKey = "value";

        /// <param name="fields">When given, each filter on a declared field is also checked against its declaration.</param>
        public static SearchNode Read(object? graph, string path, List<string> problems, SearchFields? fields = null)
        {
            var members = ReadMembers(graph, path, problems);
            if (members == null) return new UnreadableNode(looksLikeFilter: false);

            foreach (var key in members.Keys.Where(key => !IsKnownKey(key)))
            {
                problems.Add($"{path} has an unknown key '{key}'; a filter has field, operator and value, a group has operator and value.");
            }
            if (!members.ContainsKey(OperatorKey))
            {
                problems.Add($"{path} has no 'operator'.");
            }
            if (!members.ContainsKey(ValueKey))
            {
                problems.Add($"{path} has no 'value'.");
            }

            members.TryGetValue(OperatorKey, out var @operator);
            members.TryGetValue(ValueKey, out var value);
            return members.ContainsKey(FieldKey)
                ? ReadFilter(members[FieldKey], @operator, value, members.ContainsKey(OperatorKey) && members.ContainsKey(ValueKey), path, problems, fields)
                : ReadGroup(@operator, value, members.ContainsKey(OperatorKey), members.ContainsKey(ValueKey), path, problems, fields);
        }

        private static SearchNode ReadFilter(object? field, object? @operator, object? value, bool complete, string path, List<string> problems, SearchFields? fields)
        {
            if (!complete) return new UnreadableNode(looksLikeFilter: true);
            var filter = SearchFilterRules.Check(field, @operator, value, path, problems);
            if (filter == null) return new UnreadableNode(looksLikeFilter: true);
            fields?.CheckFilter(filter.Field, filter.Operator, filter.Value, path, problems);
            return SearchFilter.FromChecked(filter);
        }

        private static SearchNode ReadGroup(object? @operator, object? value, bool hasOperator, bool hasValue, string path, List<string> problems, SearchFields? fields)
        {
            var canonical = SearchOperators.NormalizeGroupOperator(@operator as string);
            var misplacedFilterOperator = @operator is string text && SearchOperators.NormalizeFilterOperator(text) != null;
            if (hasOperator && canonical == null)
            {
                problems.Add(misplacedFilterOperator
                    ? $"{path} has operator '{@operator}' but no 'field'; a filter needs field, operator and value, a group takes AND or OR."
                    : $"{path}.operator {Quote(@operator)} is not a group operator; use AND or OR.");
            }

            if (misplacedFilterOperator)
            {
                // A filter missing its field: its value is a filter's value, not entries to read.
                return new UnreadableNode(looksLikeFilter: true);
            }
            if (!SearchFilterRules.IsSequence(value))
            {
                if (hasValue)
                {
                    problems.Add($"{path}.value must be a list of filters or groups for a group, not {SearchFilterRules.Describe(value)}.");
                }
                return new UnreadableNode(looksLikeFilter: false);
            }

            var children = new List<SearchNode>();
            var index = 0;
            foreach (var child in (IEnumerable)value!)
            {
                children.Add(Read(child, $"{path}.value[{index}]", problems, fields));
                index++;
            }
            // The operator stand-in only keeps the tree checkable; a problem is already recorded for it.
            return new SearchGroup(canonical ?? SearchOperators.And, children);
        }

        private static Dictionary<string, object?>? ReadMembers(object? graph, string path, List<string> problems)
        {
            IEnumerable<KeyValuePair<object?, object?>> entries;
            switch (graph)
            {
                case IDictionary<string, object?> generic:
                    entries = generic.Select(entry => new KeyValuePair<object?, object?>(entry.Key, entry.Value));
                    break;
                case IReadOnlyDictionary<string, object?> readOnly:
                    entries = readOnly.Select(entry => new KeyValuePair<object?, object?>(entry.Key, entry.Value));
                    break;
                case IDictionary plain:
                    entries = plain.Cast<DictionaryEntry>().Select(entry => new KeyValuePair<object?, object?>(entry.Key, entry.Value));
                    break;
                default:
                    problems.Add($"{path} must be a filter {{field, operator, value}} or a group {{operator, value}}, not {SearchFilterRules.Describe(graph)}.");
                    return null;
            }

            var members = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in entries)
            {
                var key = Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                if (members.ContainsKey(key))
                {
                    problems.Add($"{path} has the key '{key}' twice (keys are not case-sensitive).");
                    continue;
                }
                members[key] = entry.Value;
            }
            return members;
        }

        private static bool IsKnownKey(string key) =>
            string.Equals(key, FieldKey, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(key, OperatorKey, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(key, ValueKey, StringComparison.OrdinalIgnoreCase);

        private static string Quote(object? value) => value is string text ? $"'{text}'" : SearchFilterRules.Describe(value);
    }
}
