using IntercomPS.Engine.Json;
using IntercomPS.Engine.Ranges;

namespace IntercomPS.Engine.Search
{
    /// <summary>
    /// An Intercom search query that satisfies the API's rules (see <see cref="SearchQueryRules"/>), so it is
    /// rejected here, with the path of each bad node, rather than by the server after the first request.
    /// </summary>
    public sealed class SearchQuery
    {
        /// <summary>Entries allowed in one group.</summary>
        public const int MaxEntriesPerGroup = SearchQueryRules.MaxEntriesPerGroup;

        /// <summary>Levels of groups allowed: a root group of sub-groups of filters.</summary>
        public const int MaxGroupLevels = SearchQueryRules.MaxGroupLevels;

        private const string RootPath = "query";

        /// <exception cref="SearchQueryException">The tree breaks Intercom's limits.</exception>
        public SearchQuery(SearchNode root)
        {
            Root = root ?? throw new ArgumentNullException(nameof(root));
            var problems = new List<string>();
            SearchQueryRules.Check(root, RootPath, problems);
            if (problems.Count > 0) throw new SearchQueryException(problems);
        }

        public SearchNode Root { get; }

        /// <summary>
        /// Reads and validates a query given as plain values: dictionaries (keys field/operator/value, any case),
        /// lists and primitives, as PowerShell hashtables and parsed JSON give them. Dates become unix seconds.
        /// </summary>
        /// <exception cref="SearchQueryException">Every problem found, each naming its path (query.value[2].operator...).</exception>
        /// <param name="fields">The searched resource's fields: each filter on a declared field is checked against it too.</param>
        public static SearchQuery FromGraph(object? graph, SearchFields? fields = null)
        {
            var built = graph as SearchQuery ?? (graph is SearchNode node ? new SearchQuery(node) : null);
            if (built != null)
            {
                fields?.Check(built);
                return built;
            }

            var problems = new List<string>();
            var root = SearchGraphReader.Read(graph, RootPath, problems, fields);
            SearchQueryRules.Check(root, RootPath, problems);
            if (problems.Count > 0) throw new SearchQueryException(problems);
            return new SearchQuery(root);
        }

        /// <summary>
        /// All of <paramref name="queries"/> (AND) as one query, laid out within Intercom's limits (see
        /// <see cref="SearchLayout.Join"/>); null when there are none.
        /// </summary>
        /// <exception cref="SearchQueryException">The combination breaks Intercom's limits; the message names the bad node.</exception>
        public static SearchQuery? AllOf(IEnumerable<SearchQuery?> queries)
        {
            var roots = queries.Where(query => query != null).Select(query => query!.Root).ToList();
            if (roots.Count == 0) return null;
            if (roots.Count == 1) return new SearchQuery(roots[0]);
            return new SearchQuery(SearchLayout.Join(isAnd: true, roots));
        }

        /// <summary>
        /// Reads and validates a query written as JSON. A whole search body holding only <c>{"query": ...}</c> is
        /// accepted too (a body copied from Intercom's docs); one with pagination or sort is not, since those would
        /// be silently replaced.
        /// </summary>
        /// <param name="fields">The searched resource's fields: each filter on a declared field is checked against it too.</param>
        public static SearchQuery FromJson(string json, SearchFields? fields = null)
        {
            if (json == null) throw new ArgumentNullException(nameof(json));
            object? graph;
            try
            {
                graph = IntercomJson.ToPlain(json);
            }
            catch (IntercomJsonException exception)
            {
                throw new SearchQueryException($"query is not valid JSON: {exception.Message}");
            }
            if (graph is IDictionary<string, object?> body && body.Count == 1 && body.TryGetValue("query", out var inner))
            {
                graph = inner;
            }
            return FromGraph(graph, fields);
        }

        /// <summary>Only items whose <paramref name="field"/> lies in the widened <paramref name="window"/>: two filters in an AND group.</summary>
        public static SearchQuery ForRange(string field, DateWindow window, BoundaryPolicy policy) =>
            new SearchQuery(SearchGroup.And(RangeFilters(field, window, policy)));

        /// <summary>
        /// This query AND the widened range of <paramref name="window"/> on <paramref name="field"/>, within Intercom's
        /// limits: the two range filters join a root AND group of filters when it has room, else the query and the
        /// range become two sub-groups of a new AND group. A root group of groups gets the range as one more sub-group
        /// (or, if full, inside an AND sub-group with room); an OR of groups gets it inside each of its AND groups,
        /// since (A OR B) AND R = (A AND R) OR (B AND R) and a third level is not allowed.
        /// </summary>
        /// <exception cref="SearchQueryException">The range cannot be added without breaking a limit; the message says what to change.</exception>
        public SearchQuery WithinRange(string field, DateWindow window, BoundaryPolicy policy)
        {
            var range = RangeFilters(field, window, policy);
            return new SearchQuery(Combine(Root, range, field, window));
        }

        /// <summary>The query as plain values for the JSON writer (the <c>query</c> member of a search body).</summary>
        public IDictionary<string, object?> ToGraph() => Root.ToGraph();

        public string ToJson() => IntercomJson.ToJson(ToGraph());

        public override string ToString() => ToJson();

        private static SearchNode Combine(SearchNode root, IReadOnlyList<SearchFilter> range, string field, DateWindow window)
        {
            var group = root as SearchGroup;
            if (group == null || group.HoldsOnlyFilters)
            {
                return SearchLayout.Join(isAnd: true, new[] { root, SearchGroup.And(range) });
            }

            // A group of groups: the range becomes one more group, or joins one with room, or is distributed over an OR.
            var subGroups = group.Children.Cast<SearchGroup>().ToList();
            if (group.IsAnd)
            {
                if (subGroups.Count + 1 <= MaxEntriesPerGroup)
                {
                    return SearchGroup.And(subGroups.Concat(new SearchNode[] { SearchGroup.And(range) }));
                }
                var roomy = subGroups.FindIndex(sub => HasRoomFor(sub, range));
                if (roomy < 0)
                {
                    throw CannotCombine(field, window,
                        $"its root AND group already holds {MaxEntriesPerGroup} groups, and none is an AND group with room for {range.Count} more filters. " +
                        "Merge two of its groups, or leave a free entry.");
                }
                subGroups[roomy] = SearchGroup.And(subGroups[roomy].Children.Concat(range));
                return SearchGroup.And(subGroups);
            }

            if (subGroups.All(sub => HasRoomFor(sub, range)))
            {
                return SearchGroup.Or(subGroups.Select(sub => SearchGroup.And(sub.Children.Concat(range))));
            }
            throw CannotCombine(field, window,
                "it is an OR of groups, and ANDing a range onto it would need a third level of groups, which Intercom does not allow. " +
                $"Make each of its groups an AND group with at most {MaxEntriesPerGroup - range.Count} filters (the range is then added to each), " +
                $"or put the {field} condition into the query yourself and search without a date range.");
        }

        private static bool HasRoomFor(SearchGroup group, IReadOnlyList<SearchFilter> range) =>
            group.IsAnd && group.Children.Count + range.Count <= MaxEntriesPerGroup;

        private static SearchFilter[] RangeFilters(string field, DateWindow window, BoundaryPolicy policy)
        {
            if (string.IsNullOrWhiteSpace(field)) throw new ArgumentException("The range field must be named (e.g. created_at).", nameof(field));
            if (window == null) throw new ArgumentNullException(nameof(window));
            if (policy == null) throw new ArgumentNullException(nameof(policy));
            var bounds = policy.BoundsFor(window);
            return new[]
            {
                new SearchFilter(field, SearchOperators.GreaterThan, bounds.After),
                new SearchFilter(field, SearchOperators.LessThan, bounds.Before),
            };
        }

        private static SearchQueryException CannotCombine(string field, DateWindow window, string reason) =>
            new SearchQueryException($"query: cannot add the {field} range {window} to this query: {reason}");
    }
}
