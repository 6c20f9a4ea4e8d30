using System.Globalization;

namespace IntercomPS.Engine.Search
{
    /// <summary>What a condition compiles to: the query to send and, when that query is approximate, the exact check.</summary>
    /// <param name="Query">The server query (date conditions widened to what the endpoint can compare).</param>
    /// <param name="ClientCondition">The exact condition to check on each returned item; null when the server query is exact.</param>
    public sealed record CompiledSearch(SearchQuery Query, ClientCondition? ClientCondition);

    /// <summary>
    /// Compiles a <see cref="SearchCondition"/> against a resource's <see cref="SearchFields"/> into Intercom's query:
    /// each field must be declared (or belong to an attribute family) and take the operator; date conditions are sent
    /// widened the way a range read widens its window (whole days for contacts, one second for conversations) and
    /// come back as an exact <see cref="ClientCondition"/>, so the results are exactly what the condition describes;
    /// groups are laid out within Intercom's limits (<see cref="SearchLayout"/>, <see cref="SearchQueryRules"/>).
    /// </summary>
    public static class SearchConditionCompiler
    {
        /// <param name="syntax">How the caller writes operators, for messages; Intercom's own when not given.</param>
        /// <exception cref="SearchConditionException">A condition cannot be searched; the exception names it and what is allowed.</exception>
        public static CompiledSearch Compile(SearchCondition condition, SearchFields fields, SearchSyntax? syntax = null)
        {
            if (condition == null) throw new ArgumentNullException(nameof(condition));
            if (fields == null) throw new ArgumentNullException(nameof(fields));
            return new Compilation(fields, syntax ?? SearchSyntax.Intercom).Run(condition);
        }

        private sealed class Compilation(SearchFields fields, SearchSyntax syntax)
        {
            private static readonly long UnixEpochTicks = DateTimeOffset.FromUnixTimeSeconds(0).UtcTicks;

            // The order operators are listed in when a message says what a field takes.
            private static readonly string[] ReadingOrder =
            {
                SearchOperators.Equal, SearchOperators.GreaterThan, SearchOperators.GreaterThanOrEqual, SearchOperators.LessThan, SearchOperators.LessThanOrEqual,
                SearchOperators.NotEqual, SearchOperators.In, SearchOperators.NotIn,
                SearchOperators.Contains, SearchOperators.NotContains, SearchOperators.StartsWith, SearchOperators.EndsWith,
            };

            private readonly SearchFields _fields = fields;
            private readonly SearchSyntax _syntax = syntax;
            private readonly Dictionary<SearchNode, SearchCondition> _origins = new Dictionary<SearchNode, SearchCondition>();
            private readonly HashSet<SearchNode> _layoutGroups = new HashSet<SearchNode>();
            private readonly List<KeyValuePair<SearchComparison, SearchField>> _comparisons = new List<KeyValuePair<SearchComparison, SearchField>>();

            public CompiledSearch Run(SearchCondition condition)
            {
                var (root, client) = Compile(condition);
                CheckLimits(root);
                CheckClientFields(client);
                return new CompiledSearch(new SearchQuery(root), client.ExactOnServer ? null : client);
            }

            private (SearchNode Server, ClientCondition Client) Compile(SearchCondition condition)
            {
                if (condition is SearchComparison comparison) return Leaf(comparison);
                var group = (SearchConditionGroup)condition;
                var children = Flatten(group).ToList();
                if (children.Count == 1) return Compile(children[0]);
                var compiled = children.Select(Compile).ToList();
                var server = SearchLayout.Join(group.IsAnd, compiled.Select(child => child.Server));
                _origins[server] = group;
                foreach (var entry in server.Children.Where(entry => !_origins.ContainsKey(entry)))
                {
                    // A sub-group the layout made (filters set beside groups): its conditions are the group's own.
                    _origins[entry] = group;
                    _layoutGroups.Add(entry);
                }
                var clients = compiled.Select(child => child.Client);
                return (server, group.IsAnd ? ClientCondition.All(clients) : ClientCondition.Any(clients));
            }

            /// <summary>The group's conditions, with same-operator groups inside it opened (a AND (b AND c) is a AND b AND c).</summary>
            private static IEnumerable<SearchCondition> Flatten(SearchConditionGroup group)
            {
                foreach (var child in group.Children)
                {
                    if (child is SearchConditionGroup inner && (inner.IsAnd == group.IsAnd || inner.Children.Count == 1))
                    {
                        foreach (var grandchild in Flatten(inner)) yield return grandchild;
                    }
                    else
                    {
                        yield return child;
                    }
                }
            }

            private void CheckLimits(SearchNode root)
            {
                var violations = SearchQueryRules.Violations(root, "query");
                if (violations.Count == 0) return;
                // A group the caller wrote says more than one the layout made inside it.
                var violation = violations.OrderBy(v => _layoutGroups.Contains(v.Group) ? 1 : 0).First();
                var group = _origins[violation.Group];
                switch (violation.Rule)
                {
                    case SearchRule.TooDeep:
                        throw new SearchConditionException(SearchConditionProblem.TooDeep, group,
                            $"Intercom allows {SearchQuery.MaxGroupLevels} levels of groups (e.g. (a {Or} b) {And} (c {Or} d)); this group sits inside a group inside a group.");
                    case SearchRule.TooManyEntries:
                        throw new SearchConditionException(SearchConditionProblem.TooManyEntries, group,
                            $"Intercom allows at most {SearchQuery.MaxEntriesPerGroup} filters in one group; use {_syntax.Operator(SearchOperators.In)} for many values of one field, or split the search.",
                            entries: violation.Group.Children.Count);
                    default:
                        throw new SearchQueryException(violations.Select(v => v.Message).ToList());
                }
            }

            /// <summary>Every comparison the client must decide must be on a field the returned objects carry in full.</summary>
            private void CheckClientFields(ClientCondition client)
            {
                if (client.ExactOnServer) return;
                var needed = new HashSet<string>(client.FieldsToRead(), StringComparer.Ordinal);
                foreach (var pair in _comparisons)
                {
                    if (!needed.Contains(pair.Value.Name) || pair.Value.CheckableOnClient) continue;
                    var noun = _fields.Noun;
                    throw new SearchConditionException(SearchConditionProblem.NotCheckableOnClient, pair.Key,
                        $"Joined by {Or} to a date condition, it must be checked on each returned {noun} (dates are sent to Intercom widened), " +
                        $"but a searched {noun} does not carry '{pair.Value.Name}' in full. Join it with {And}, or search without the date condition.",
                        pair.Value);
                }
            }

            private string And => _syntax.Group(isAnd: true);

            private string Or => _syntax.Group(isAnd: false);

            private (SearchNode, ClientCondition) Leaf(SearchComparison comparison)
            {
                var field = _fields.Resolve(comparison.Field) ?? throw UnknownField(comparison);
                _comparisons.Add(new KeyValuePair<SearchComparison, SearchField>(comparison, field));
                try
                {
                    return field.Kind == SearchFieldKind.Date || field.Kind == SearchFieldKind.Any && IsDate(comparison.Value)
                        ? DateLeaf(comparison, field)
                        : PlainLeaf(comparison, field, comparison.Operator, comparison.Value);
                }
                catch (SearchQueryException exception)
                {
                    var problems = string.Join(" ", exception.Problems.Select(problem => problem.StartsWith("filter.", StringComparison.Ordinal) ? problem.Substring(7) : problem));
                    throw new SearchConditionException(SearchConditionProblem.InvalidValue, comparison,
                        $"The {_syntax.Operator(comparison.Operator)} comparison of '{field.Name}' cannot be sent: its {problems}", field);
                }
            }

            private (SearchNode, ClientCondition) PlainLeaf(SearchComparison comparison, SearchField field, string op, object? value)
            {
                if (!field.Allows(op)) throw NotAllowed(comparison, field, field.Operators);
                var server = new SearchFilter(field.Name, op, value);
                var problems = new List<string>();
                _fields.CheckFilter(server.Field, server.Operator, server.Value, "filter", problems);
                if (problems.Count > 0) throw new SearchQueryException(problems);
                return (server, ClientCondition.Compare(field.Name, server.Operator, server.Value, exactOnServer: true));
            }

            /// <summary>
            /// A date condition: sent as the endpoint's boundary policy widens a range (only &gt; and &lt;, which every
            /// date field accepts, moved outwards by the policy's margins), and checked exactly on the client.
            /// </summary>
            private (SearchNode, ClientCondition) DateLeaf(SearchComparison comparison, SearchField field)
            {
                var op = comparison.Operator;
                var value = comparison.Value;
                var rule = _fields.Dates;
                if (value == null)
                {
                    if (op == SearchOperators.Equal || op == SearchOperators.NotEqual) return PlainLeaf(comparison, field, op, null);
                    throw new SearchConditionException(SearchConditionProblem.InvalidValue, comparison,
                        $"'{field.Name}' holds dates; compare it with a date or unix seconds, or test for a missing value with {_syntax.Operator(SearchOperators.Equal)}.", field);
                }
                var accepted = rule.ByDay
                    ? new[] { SearchOperators.Equal, SearchOperators.GreaterThan, SearchOperators.GreaterThanOrEqual, SearchOperators.LessThan, SearchOperators.LessThanOrEqual }
                    : ReadingOrder.Where(candidate => !SearchOperators.IsTextMatch(candidate)).ToArray();
                if (SearchOperators.IsTextMatch(op))
                {
                    throw new SearchConditionException(SearchConditionProblem.OperatorNotAllowed, comparison,
                        $"'{field.Name}' holds dates, which take no text match; compare it with {_syntax.List(accepted)}.", field);
                }
                if (!accepted.Contains(op))
                {
                    throw new SearchConditionException(SearchConditionProblem.OperatorNotAllowed, comparison,
                        $"Intercom compares {_fields.Noun} dates by whole day and accepts only {SearchSyntax.Intercom.List(rule.Operators)} on them, " +
                        $"so '{field.Name}' takes {_syntax.List(accepted)} (bounds are widened and checked exactly on each result); " +
                        $"use a range ({_syntax.Operator(SearchOperators.GreaterThanOrEqual)} and {_syntax.Operator(SearchOperators.LessThan)}) instead.", field);
                }

                var values = SearchOperators.TakesList(op)
                    ? ((IEnumerable<object?>)value).Select(item => Seconds(item, comparison, field)).ToList()
                    : new List<double> { Seconds(value, comparison, field) };
                var exact = values.Select(ClientNumber).ToList();
                switch (op)
                {
                    case SearchOperators.Equal:
                    case SearchOperators.NotEqual:
                    case SearchOperators.In:
                    case SearchOperators.NotIn:
                        if (values.Any(v => Math.Floor(v) != v))
                        {
                            throw new SearchConditionException(SearchConditionProblem.DateWithFraction, comparison,
                                "Intercom's dates are whole seconds, so none equals a date with a fraction of a second; round the value, or compare a range.", field);
                        }
                        var whole = values.Select(v => (object)(long)v).ToList();
                        var server = new SearchFilter(field.Name, op, SearchOperators.TakesList(op) ? whole : whole[0]);
                        // Day-wise = matches the whole day around the instant: a superset, narrowed on the client.
                        var client = ClientCondition.Compare(field.Name, op, SearchOperators.TakesList(op) ? (object)exact : exact[0], exactOnServer: !rule.ByDay);
                        return (server, client);
                    case SearchOperators.GreaterThan:
                    case SearchOperators.GreaterThanOrEqual:
                        var after = (long)Math.Floor(values[0] - rule.Boundaries.LowerMargin.TotalSeconds);
                        return (new SearchFilter(field.Name, SearchOperators.GreaterThan, after),
                            ClientCondition.Compare(field.Name, op, exact[0], exactOnServer: false));
                    default:
                        // t <= v is t < floor(v) + 1 for whole-second t; t < v needs only ceil(v).
                        var upper = op == SearchOperators.LessThanOrEqual ? Math.Floor(values[0]) + 1 : Math.Ceiling(values[0]);
                        var before = (long)Math.Ceiling(upper + rule.Boundaries.UpperMargin.TotalSeconds);
                        return (new SearchFilter(field.Name, SearchOperators.LessThan, before),
                            ClientCondition.Compare(field.Name, op, exact[0], exactOnServer: false));
                }
            }

            private static object ClientNumber(double seconds) => Math.Floor(seconds) == seconds ? (object)(long)seconds : seconds;

            /// <summary>A date value as unix seconds, keeping fractions (a &gt;= 10.5 s bound must not admit 10 s).</summary>
            private double Seconds(object? value, SearchComparison comparison, SearchField field)
            {
                switch (value)
                {
                    case DateTimeOffset instant: return (instant.UtcTicks - UnixEpochTicks) / (double)TimeSpan.TicksPerSecond;
                    case DateTime dateTime:
                        // Unspecified kind is local time, as everywhere in .NET and PowerShell.
                        var local = dateTime.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dateTime, DateTimeKind.Local) : dateTime;
                        return Seconds(new DateTimeOffset(local), comparison, field);
                    case long number: return number;
                    case int number: return number;
                    case double number when !double.IsNaN(number) && !double.IsInfinity(number): return number;
                    case decimal number: return (double)number;
                    case string text when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var unixSeconds):
                        return unixSeconds;
                    case string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var parsed):
                        return Seconds(parsed, comparison, field);
                    default:
                        throw new SearchConditionException(SearchConditionProblem.NotADate, comparison,
                            $"'{field.Name}' holds dates; give a DateTime, a DateTimeOffset, a date string or unix seconds, not {SearchFilterRules.Describe(value)}.", field);
                }
            }

            private static bool IsDate(object? value) =>
                value is DateTime || value is DateTimeOffset || value is IEnumerable<object?> list && !(value is string) && list.Any(item => item is DateTime || item is DateTimeOffset);

            private SearchConditionException NotAllowed(SearchComparison comparison, SearchField field, IEnumerable<string> accepted) =>
                new SearchConditionException(SearchConditionProblem.OperatorNotAllowed, comparison,
                    $"{Capitalized(_fields.Describe(field))} takes {_syntax.List(ReadingOrder.Where(accepted.Contains))}, not {_syntax.Operator(comparison.Operator)}.", field);

            private SearchConditionException UnknownField(SearchComparison comparison)
            {
                var suggestion = _fields.Suggest(comparison.Field);
                var hint = suggestion == null ? string.Empty : $" Did you mean '{suggestion}'?";
                return new SearchConditionException(SearchConditionProblem.UnknownField, comparison,
                    $"'{comparison.Field}' is not a field Intercom's {_fields.Noun} search declares.{hint} Searchable: {_fields.Describe()}.");
            }

            private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
        }
    }
}
