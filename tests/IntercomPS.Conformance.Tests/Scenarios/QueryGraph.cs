using System;
using System.Collections.Generic;
using System.Linq;
using IntercomPS.Engine.Search;

namespace IntercomPS.Conformance.Tests.Scenarios
{
    /// <summary>Search queries as the plain dictionaries and lists a PowerShell hashtable or parsed JSON gives the engine.</summary>
    internal static class QueryGraph
    {
        public static Dictionary<string, object?> Filter(string field, string @operator, object? value) =>
            new Dictionary<string, object?> { ["field"] = field, ["operator"] = @operator, ["value"] = value };

        public static Dictionary<string, object?> Group(string @operator, params object[] entries) =>
            new Dictionary<string, object?> { ["operator"] = @operator, ["value"] = entries.Cast<object?>().ToList() };

        public static List<object?> Values(params object[] values) => values.Cast<object?>().ToList();

        public static SearchQuery Query(object graph) => SearchQuery.FromGraph(graph);

        /// <summary>
        /// One conversation filter per operator, each with a field and value of the kind the operator is meant for,
        /// and with the value types a caller really passes: strings, Int32 and Int64, lists, DateTime and DateTimeOffset.
        /// </summary>
        public static IReadOnlyList<Dictionary<string, object?>> EveryConversationOperator() => new[]
        {
            Filter("state", SearchOperators.Equal, "open"),
            Filter("priority", SearchOperators.NotEqual, "priority"),
            Filter("admin_assignee_id", SearchOperators.In, Values("991267715", 991267716L)),
            Filter("team_assignee_id", SearchOperators.NotIn, Values(5017691, 5017692)),
            Filter("created_at", SearchOperators.LessThan, new DateTimeOffset(2024, 12, 20, 0, 0, 0, TimeSpan.Zero)),
            Filter("statistics.time_to_assignment", SearchOperators.LessThanOrEqual, 3600),
            Filter("updated_at", SearchOperators.GreaterThan, "1734537460"),
            Filter("waiting_since", SearchOperators.GreaterThanOrEqual, new DateTime(2024, 12, 17, 0, 0, 0, DateTimeKind.Utc)),
            Filter("source.body", SearchOperators.Contains, "refund"),
            Filter("source.subject", SearchOperators.NotContains, "newsletter"),
            Filter("source.author.email", SearchOperators.StartsWith, "billing"),
            Filter("source.author.email", SearchOperators.EndsWith, "@example.com"),
        };
    }
}
