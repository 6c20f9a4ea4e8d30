using IntercomPS.Engine.Search;

namespace IntercomPS.Infrastructure
{
    /// <summary>Reads a -Query argument: a hashtable (or PSCustomObject) in Intercom's query DSL, or the same as JSON text.</summary>
    internal static class QueryArgument
    {
        /// <summary>Reads the query, checking each filter on a declared field of <paramref name="fields"/> (the searched resource's).</summary>
        /// <exception cref="SearchQueryException">The query is not valid Intercom DSL; the message names the bad node.</exception>
        public static SearchQuery Parse(object value, SearchFields fields)
        {
            var raw = value is PSObject pso && !(pso.BaseObject is PSCustomObject) ? pso.BaseObject : value;
            if (raw is ScriptBlock)
            {
                throw new SearchQueryException("-Query takes Intercom's query DSL (a hashtable or JSON text); a Where-Object style script block goes to -Filter.");
            }
            return raw is string json ? SearchQuery.FromJson(json, fields) : SearchQuery.FromGraph(PlainValues.FromPowerShell(raw), fields);
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
    }
}
