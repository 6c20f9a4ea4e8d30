namespace IntercomPS.Engine.Search
{
    /// <summary>
    /// Lays entries out as Intercom's groups allow, the one way every query is combined: a group holds filters or
    /// groups, never both; an AND of ANDs is an AND (and an OR of ORs an OR), so same-operator groups merge while the
    /// result stays within <see cref="SearchQuery.MaxEntriesPerGroup"/>.
    /// </summary>
    internal static class SearchLayout
    {
        /// <summary>
        /// Joins <paramref name="entries"/> with AND or OR. A same-operator group of groups gives its groups to this
        /// one; a same-operator group of filters gives its filters when nothing else here is a group and there is room.
        /// Filters left beside groups become one sub-group of the same operator, placed first.
        /// </summary>
        public static SearchGroup Join(bool isAnd, IEnumerable<SearchNode> entries)
        {
            var @operator = isAnd ? SearchOperators.And : SearchOperators.Or;
            var expanded = entries
                .SelectMany(entry => entry is SearchGroup group && group.IsAnd == isAnd && !group.HoldsOnlyFilters ? group.Children : new[] { entry })
                .ToList();
            bool Mergeable(SearchNode entry) => entry is SearchGroup group && group.IsAnd == isAnd && group.HoldsOnlyFilters;
            var otherGroups = expanded.Any(entry => entry is SearchGroup && !Mergeable(entry));

            var filters = new List<SearchNode>();
            var groups = new List<SearchNode>();
            foreach (var entry in expanded)
            {
                if (entry is SearchFilter) filters.Add(entry);
                else if (Mergeable(entry) && !otherGroups && filters.Count + ((SearchGroup)entry).Children.Count <= SearchQuery.MaxEntriesPerGroup) filters.AddRange(((SearchGroup)entry).Children);
                else groups.Add(entry);
            }
            if (groups.Count == 0) return new SearchGroup(@operator, filters);
            if (filters.Count > 0) groups.Insert(0, new SearchGroup(@operator, filters));
            return new SearchGroup(@operator, groups);
        }
    }
}
