using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Engine.Search;

namespace IntercomPS.Infrastructure
{
    /// <summary>Reads a -Query argument: a hashtable (or PSCustomObject) in Intercom's query DSL, or the same as JSON text.</summary>
    internal static class QueryArgument
    {
        /// <exception cref="SearchQueryException">The query is not valid Intercom DSL; the message names the bad node.</exception>
        public static SearchQuery Parse(object value)
        {
            var raw = value is PSObject pso && !(pso.BaseObject is PSCustomObject) ? pso.BaseObject : value;
            if (raw is ScriptBlock)
            {
                throw new SearchQueryException("-Query takes Intercom's query DSL (a hashtable or JSON text); a Where-Object style script block goes to -Filter.");
            }
            return raw is string json ? SearchQuery.FromJson(json) : SearchQuery.FromGraph(PlainValues.FromPowerShell(raw));
        }

        /// <summary>
        /// The script block given positionally (where -Query sits) when -Filter is not given, so that
        /// <c>Search-IntercomContact { $_.role -eq 'lead' }</c> reads as a filter; null otherwise.
        /// </summary>
        public static ScriptBlock? PositionalFilter(object? query, ScriptBlock? filter)
        {
            if (filter != null) return null;
            var raw = query is PSObject pso ? pso.BaseObject : query;
            return raw as ScriptBlock;
        }

        /// <summary>ANDs filters (each already a valid query) into one query; null when there are none.</summary>
        public static SearchQuery? And(IReadOnlyList<object> filters)
        {
            if (filters.Count == 0) return null;
            if (filters.Count == 1) return SearchQuery.FromGraph(filters[0]);
            return SearchQuery.FromGraph(new Dictionary<string, object?> { ["operator"] = "AND", ["value"] = new List<object?>(filters) });
        }

        /// <summary>
        /// ANDs queries into one, flattening AND roots so that their filters and groups become entries of a single
        /// root group (filters collected into one AND sub-group when groups are present); null when there are none.
        /// </summary>
        /// <exception cref="SearchQueryException">The combination breaks Intercom's limits; the message names the bad node.</exception>
        public static SearchQuery? AllOf(IEnumerable<SearchQuery> queries)
        {
            var list = queries.ToList();
            if (list.Count == 0) return null;
            if (list.Count == 1) return list[0];
            var filters = new List<SearchNode>();
            var groups = new List<SearchNode>();
            foreach (var query in list)
            {
                if (query.Root is SearchGroup group && group.IsAnd)
                {
                    foreach (var child in group.Children) (child is SearchFilter ? filters : groups).Add(child);
                }
                else
                {
                    (query.Root is SearchFilter ? filters : groups).Add(query.Root);
                }
            }
            if (groups.Count == 0) return new SearchQuery(SearchGroup.And(filters));
            if (filters.Count > 0) groups.Insert(0, SearchGroup.And(filters));
            return new SearchQuery(SearchGroup.And(groups));
        }

        public static Dictionary<string, object?> Filter(string field, string op, object? value) =>
            new Dictionary<string, object?> { ["field"] = field, ["operator"] = op, ["value"] = value };
    }
}
