namespace IntercomPS.Engine.Search
{
    /// <summary>
    /// Intercom's structural limits on a query tree.
    /// <list type="bullet">
    /// <item>Nesting: the docs allow "max 2 nested filters", with "(1 OR 2) AND (3 OR 4)" as the example. Read here
    /// as two levels of groups: a root group may hold sub-groups, whose entries must be filters; a group inside a
    /// sub-group is too deep. A lone filter as the query is level zero.</item>
    /// <item>At most 15 entries in any one group ("max 15 filters for each AND or OR group"); sub-groups count as
    /// entries of their parent.</item>
    /// <item>A group holds only filters or only groups: the spec's group schema is "array of groups" or "array of
    /// filters", nothing mixed.</item>
    /// </list>
    /// </summary>
    internal static class SearchQueryRules
    {
        public const int MaxEntriesPerGroup = 15;
        public const int MaxGroupLevels = 2;

        public static void Check(SearchNode node, string path, List<string> problems) =>
            problems.AddRange(Violations(node, path).Select(violation => violation.Message));

        /// <summary>Every break of the limits in the tree under <paramref name="node"/>, in tree order.</summary>
        public static List<SearchRuleViolation> Violations(SearchNode node, string path)
        {
            var violations = new List<SearchRuleViolation>();
            Check(node, path, 0, violations);
            return violations;
        }

        private static void Check(SearchNode node, string path, int enclosingGroups, List<SearchRuleViolation> violations)
        {
            if (!(node is SearchGroup group)) return;

            var level = enclosingGroups + 1;
            if (level > MaxGroupLevels)
            {
                violations.Add(new SearchRuleViolation(SearchRule.TooDeep, group, $"{path} is a group inside a sub-group; Intercom allows {MaxGroupLevels} levels of groups " +
                             "(a root group of sub-groups of filters). Move its filters into the enclosing group or restructure the query."));
                return;
            }

            var entries = group.Children;
            if (entries.Count == 0)
            {
                violations.Add(new SearchRuleViolation(SearchRule.Empty, group, $"{path}.value is empty; a group needs at least one filter or group."));
            }
            if (entries.Count > MaxEntriesPerGroup)
            {
                violations.Add(new SearchRuleViolation(SearchRule.TooManyEntries, group, $"{path}.value has {entries.Count} entries; Intercom allows at most {MaxEntriesPerGroup} in one group. " +
                             "Split them into sub-groups (an AND of ANDs is still an AND)."));
            }

            var filters = IndicesWhere(entries, IsFilterLike);
            var groups = IndicesWhere(entries, entry => entry is SearchGroup);
            if (filters.Count > 0 && groups.Count > 0)
            {
                violations.Add(new SearchRuleViolation(SearchRule.Mixed, group, $"{path}.value mixes filters (entries {string.Join(", ", filters)}) and groups (entries {string.Join(", ", groups)}); " +
                             $"Intercom requires a group to hold only filters or only groups. Wrap the filters in a group of their own, e.g. {{operator: {group.Operator}, value: [...]}}."));
            }

            for (var i = 0; i < entries.Count; i++)
            {
                Check(entries[i], $"{path}.value[{i}]", level, violations);
            }
        }

        private static bool IsFilterLike(SearchNode node) => node is SearchFilter || (node is UnreadableNode unreadable && unreadable.LooksLikeFilter);

        private static List<int> IndicesWhere(IReadOnlyList<SearchNode> entries, System.Func<SearchNode, bool> predicate) =>
            Enumerable.Range(0, entries.Count).Where(i => predicate(entries[i])).ToList();
    }

    internal enum SearchRule
    {
        TooDeep,
        TooManyEntries,
        Empty,
        Mixed,
    }

    /// <summary>One break of Intercom's limits: which rule, the group that breaks it, and the message naming its path.</summary>
    internal sealed record SearchRuleViolation(SearchRule Rule, SearchGroup Group, string Message);
}
