using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Text;
using IntercomPS.Engine.Search;

namespace IntercomPS.Filters
{
    /// <summary>What a -Filter script block becomes: the query to send and, when that query is approximate, the exact check.</summary>
    internal sealed class FilterTranslation
    {
        public FilterTranslation(SearchQuery query, ClientCondition? clientCondition)
        {
            Query = query;
            ClientCondition = clientCondition;
        }

        /// <summary>The server query (date conditions widened to what the endpoint can compare).</summary>
        public SearchQuery Query { get; }

        /// <summary>The exact condition to check on each returned item; null when the server query is exact.</summary>
        public ClientCondition? ClientCondition { get; }
    }

    /// <summary>A -Filter construct that has no Intercom equivalent: names it, where it is, and what to do instead.</summary>
    internal sealed class FilterTranslationException : Exception
    {
        public FilterTranslationException(string construct, IScriptExtent extent, string reason)
            : base($"-Filter cannot translate {construct} at line {extent.StartLineNumber}, column {extent.StartColumnNumber}: '{Shorten(extent.Text)}'. {reason} " +
                   "Filters are translated to Intercom's search query, never run per object; write the condition with the supported operators, " +
                   "or pass Intercom's query DSL with -Query.")
        {
            Construct = construct;
            Line = extent.StartLineNumber;
            Column = extent.StartColumnNumber;
        }

        public string Construct { get; }

        public int Line { get; }

        public int Column { get; }

        private static string Shorten(string text)
        {
            var oneLine = string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()));
            return oneLine.Length <= 120 ? oneLine : oneLine.Substring(0, 117) + "...";
        }
    }

    /// <summary>
    /// Translates a Where-Object style script block (<c>{ $_.state -eq 'open' -and $_.created_at -ge $since }</c>) into
    /// Intercom's search query, from its syntax tree: the block is never run per object. Right-hand sides (literals,
    /// variables, expressions not mentioning $_) are evaluated once. Date conditions are widened the way the read path
    /// widens -Since/-Until (whole days for contacts, one second for conversations) and come back as an exact
    /// <see cref="ClientCondition"/>, so the results are exactly what the expression describes.
    /// </summary>
    internal static class FilterTranslator
    {
        private const string CustomAttributes = "custom_attributes";

        /// <summary>Translates <paramref name="filter"/> for searching <paramref name="target"/> ("contact" or "conversation").</summary>
        /// <exception cref="FilterTranslationException">A construct cannot be translated; the message says which and where.</exception>
        public static FilterTranslation Translate(ScriptBlock filter, SessionState session, string target) =>
            Translate(filter, new SessionStateValueResolver(session), FilterTarget.Parse(target));

        /// <exception cref="FilterTranslationException">A construct cannot be translated; the message says which and where.</exception>
        public static FilterTranslation Translate(ScriptBlock filter, IFilterValueResolver values, FilterTarget target)
        {
            if (filter == null) throw new ArgumentNullException(nameof(filter));
            if (values == null) throw new ArgumentNullException(nameof(values));
            if (target == null) throw new ArgumentNullException(nameof(target));

            var translator = new Translation(values, target);
            var root = translator.Expression(SingleExpression((ScriptBlockAst)filter.Ast));
            var query = new SearchQuery(Shape(root));
            var client = root.Client();
            CheckClientFields(root, client, target);
            return new FilterTranslation(query, client.ExactOnServer ? null : client);
        }

        private static ExpressionAst SingleExpression(ScriptBlockAst block)
        {
            if (block.ParamBlock != null) throw new FilterTranslationException("a param block", block.ParamBlock.Extent, "A filter is a single condition on $_.");
            if (block.BeginBlock != null || block.ProcessBlock != null || block.DynamicParamBlock != null)
            {
                throw new FilterTranslationException("a named block", block.Extent, "A filter is a single condition on $_, without begin/process/end blocks.");
            }
            var statements = block.EndBlock?.Statements;
            if (statements == null || statements.Count == 0) throw new FilterTranslationException("an empty filter", block.Extent, "Write a condition, e.g. { $_.state -eq 'open' }.");
            if (statements.Count > 1) throw new FilterTranslationException("a second statement", statements[1].Extent, "A filter is a single condition on $_.");
            return PipelineExpression(statements[0]) ?? throw new FilterTranslationException("a command or statement", statements[0].Extent, "A filter is a single condition on $_, not a command.");
        }

        /// <summary>The expression of a pipeline made of one expression; null for anything else.</summary>
        private static ExpressionAst? PipelineExpression(StatementAst statement) =>
            statement is PipelineAst pipeline && pipeline.PipelineElements.Count == 1 &&
            pipeline.PipelineElements[0] is CommandExpressionAst command && command.Redirections.Count == 0
                ? command.Expression
                : null;

        /// <summary>Lays the condition tree out as Intercom allows: two levels of groups, 15 entries each, no mixing.</summary>
        private static SearchNode Shape(Condition root)
        {
            if (root is Comparison comparison) return comparison.Server;
            var group = (Group)root;
            var filters = group.Children.OfType<Comparison>().Select(c => (SearchNode)c.Server).ToList();
            var subGroups = group.Children.OfType<Group>().ToList();
            if (subGroups.Count == 0)
            {
                CheckSize(group, filters.Count);
                return new SearchGroup(group.Operator, filters);
            }

            var entries = new List<SearchNode>();
            // A group holds filters or groups, never both: its own filters become one sub-group of the same operator.
            if (filters.Count > 0)
            {
                CheckSize(group, filters.Count);
                entries.Add(new SearchGroup(group.Operator, filters));
            }
            foreach (var sub in subGroups)
            {
                var tooDeep = sub.Children.OfType<Group>().FirstOrDefault();
                if (tooDeep != null)
                {
                    throw new FilterTranslationException($"a third level of -and/-or", tooDeep.Extent,
                        $"Intercom allows {SearchQuery.MaxGroupLevels} levels of groups (e.g. (a -or b) -and (c -or d)); this group sits inside a group inside a group.");
                }
                CheckSize(sub, sub.Children.Count);
                entries.Add(new SearchGroup(sub.Operator, sub.Children.Cast<Comparison>().Select(c => (SearchNode)c.Server)));
            }
            CheckSize(group, entries.Count);
            return new SearchGroup(group.Operator, entries);
        }

        private static void CheckSize(Group group, int entries)
        {
            if (entries > SearchQuery.MaxEntriesPerGroup)
            {
                throw new FilterTranslationException($"{entries} conditions joined by -{group.Operator.ToLowerInvariant()}", group.Extent,
                    $"Intercom allows at most {SearchQuery.MaxEntriesPerGroup} filters in one group; use -in for many values of one field, or split the search.");
            }
        }

        /// <summary>Every comparison the client must decide must be on a field the returned objects carry in full.</summary>
        private static void CheckClientFields(Condition root, ClientCondition client, FilterTarget target)
        {
            if (client.ExactOnServer) return;
            var needed = new HashSet<string>(client.FieldsToRead(), StringComparer.Ordinal);
            var missing = root.Comparisons().FirstOrDefault(c => needed.Contains(c.Field) && !target.CanCheckOnClient(c.Field));
            if (missing != null)
            {
                throw new FilterTranslationException($"the condition on '{missing.Field}'", missing.Extent,
                    $"Joined by -or to a date condition, it must be checked on each returned {target.Name} (dates are sent to Intercom widened), " +
                    $"but a searched {target.Name} does not carry '{missing.Field}' in full. Join it with -and, or search without the date condition.");
            }
        }

        private sealed class Translation
        {
            private readonly IFilterValueResolver _values;
            private readonly FilterTarget _target;

            public Translation(IFilterValueResolver values, FilterTarget target)
            {
                _values = values;
                _target = target;
            }

            public Condition Expression(ExpressionAst expression)
            {
                switch (expression)
                {
                    case ParenExpressionAst paren:
                        return Expression(PipelineExpression(paren.Pipeline) ??
                                          throw new FilterTranslationException("a command in parentheses", paren.Extent, "Only a condition may be parenthesized."));
                    case BinaryExpressionAst binary when binary.Operator == TokenKind.And || binary.Operator == TokenKind.Or:
                        var isAnd = binary.Operator == TokenKind.And;
                        return Group.Join(isAnd, Expression(binary.Left), Expression(binary.Right), binary.Extent);
                    case BinaryExpressionAst binary:
                        return Comparison(binary);
                    case UnaryExpressionAst unary when unary.TokenKind == TokenKind.Not || unary.TokenKind == TokenKind.Exclaim:
                        throw new FilterTranslationException("-not", unary.Extent,
                            "Intercom's query has no negation of a condition or group; use the opposite operator (-ne, -notlike, -notin) on each field.");
                    default:
                        if (FieldOf(expression) != null)
                        {
                            throw new FilterTranslationException("a bare field", expression.Extent, "Compare it explicitly, e.g. $_.open -eq $true.");
                        }
                        if (MentionsItem(expression)) throw Unsupported(expression);
                        throw new FilterTranslationException(Describe(expression), expression.Extent, "A filter is made of comparisons of $_.field with a value, joined by -and / -or.");
                }
            }

            private Condition Comparison(BinaryExpressionAst binary)
            {
                var kind = binary.Operator;
                var name = OperatorName(binary);
                if (IsCaseSensitive(kind))
                {
                    throw new FilterTranslationException($"the case-sensitive operator {name}", binary.Extent,
                        "Intercom's search compares text case-insensitively; use the case-insensitive form (e.g. -eq, -like).");
                }
                if (!IsSupported(kind))
                {
                    throw new FilterTranslationException($"the operator {name}", binary.Extent,
                        kind == TokenKind.Imatch || kind == TokenKind.Inotmatch
                            ? "Intercom's search has no regular expressions; use -like with a leading and/or trailing *."
                            : "Supported: -eq -ne -gt -ge -lt -le -like -notlike -in -notin -contains -notcontains, joined by -and / -or.");
                }

                var leftField = FieldOf(binary.Left);
                var rightField = FieldOf(binary.Right);
                var leftItem = MentionsItem(binary.Left);
                var rightItem = MentionsItem(binary.Right);
                if (leftItem && rightItem)
                {
                    throw new FilterTranslationException("a comparison of $_ with itself", binary.Extent, "Intercom's search compares a field with a value, not with another field.");
                }
                if (!leftItem && !rightItem)
                {
                    throw new FilterTranslationException("a comparison that does not involve $_", binary.Extent, "Each comparison must test a field of $_, e.g. $_.state -eq 'open'.");
                }
                if (leftItem && leftField == null) throw Unsupported(binary.Left);
                if (rightItem && rightField == null) throw Unsupported(binary.Right);

                if (leftField != null)
                {
                    var value = Value(binary.Right);
                    return FieldFirst(leftField, kind, name, value, binary);
                }
                return ValueFirst(rightField!, kind, name, Value(binary.Left), binary);
            }

            private Condition FieldFirst(string field, TokenKind kind, string name, object? value, BinaryExpressionAst binary)
            {
                switch (kind)
                {
                    case TokenKind.Ieq: return Leaf(field, SearchOperators.Equal, Single(value, name, binary), binary);
                    case TokenKind.Ine: return Leaf(field, SearchOperators.NotEqual, Single(value, name, binary), binary);
                    case TokenKind.Igt: return Leaf(field, SearchOperators.GreaterThan, Single(value, name, binary), binary);
                    case TokenKind.Ige: return Leaf(field, SearchOperators.GreaterThanOrEqual, Single(value, name, binary), binary);
                    case TokenKind.Ilt: return Leaf(field, SearchOperators.LessThan, Single(value, name, binary), binary);
                    case TokenKind.Ile: return Leaf(field, SearchOperators.LessThanOrEqual, Single(value, name, binary), binary);
                    case TokenKind.Iin: return Leaf(field, SearchOperators.In, List(value, name, binary), binary);
                    case TokenKind.Inotin: return Leaf(field, SearchOperators.NotIn, List(value, name, binary), binary);
                    // A field "contains" a value: equality, which on Intercom's list fields (tag_ids...) means "has".
                    case TokenKind.Icontains: return Leaf(field, SearchOperators.Equal, Single(value, name, binary), binary);
                    case TokenKind.Inotcontains: return Leaf(field, SearchOperators.NotEqual, Single(value, name, binary), binary);
                    case TokenKind.Ilike: return Like(field, value, negated: false, binary);
                    case TokenKind.Inotlike: return Like(field, value, negated: true, binary);
                    default: throw new InvalidOperationException("Unhandled operator " + kind);
                }
            }

            private Condition ValueFirst(string field, TokenKind kind, string name, object? value, BinaryExpressionAst binary)
            {
                switch (kind)
                {
                    case TokenKind.Ieq: return Leaf(field, SearchOperators.Equal, Single(value, name, binary), binary);
                    case TokenKind.Ine: return Leaf(field, SearchOperators.NotEqual, Single(value, name, binary), binary);
                    // value -gt $_.f  is  $_.f -lt value
                    case TokenKind.Igt: return Leaf(field, SearchOperators.LessThan, Single(value, name, binary), binary);
                    case TokenKind.Ige: return Leaf(field, SearchOperators.LessThanOrEqual, Single(value, name, binary), binary);
                    case TokenKind.Ilt: return Leaf(field, SearchOperators.GreaterThan, Single(value, name, binary), binary);
                    case TokenKind.Ile: return Leaf(field, SearchOperators.GreaterThanOrEqual, Single(value, name, binary), binary);
                    case TokenKind.Icontains: return Leaf(field, SearchOperators.In, List(value, name, binary), binary);
                    case TokenKind.Inotcontains: return Leaf(field, SearchOperators.NotIn, List(value, name, binary), binary);
                    case TokenKind.Iin: return Leaf(field, SearchOperators.Equal, Single(value, name, binary), binary);
                    case TokenKind.Inotin: return Leaf(field, SearchOperators.NotEqual, Single(value, name, binary), binary);
                    default:
                        throw new FilterTranslationException($"{name} with $_ on the right", binary.Extent, $"Put the field on the left: $_.field {name} 'pattern'.");
                }
            }

            private Condition Like(string field, object? value, bool negated, BinaryExpressionAst binary)
            {
                var name = negated ? "-notlike" : "-like";
                if (!(value is string pattern))
                {
                    throw new FilterTranslationException($"{name} with a value that is not a string", binary.Right.Extent, "A -like pattern is text, e.g. 'abc*'.");
                }
                var parsed = WildcardShape.Parse(pattern);
                if (parsed.Problem != null) throw new FilterTranslationException($"the pattern '{pattern}'", binary.Right.Extent, parsed.Problem);
                string op;
                if (!parsed.Leading && !parsed.Trailing) op = negated ? SearchOperators.NotEqual : SearchOperators.Equal;
                else if (parsed.Leading && parsed.Trailing) op = negated ? SearchOperators.NotContains : SearchOperators.Contains;
                else if (negated)
                {
                    throw new FilterTranslationException($"-notlike '{pattern}'", binary.Extent,
                        "Intercom can negate equality (-notlike 'abc') and containment (-notlike '*abc*'), but has no 'does not start/end with'.");
                }
                else op = parsed.Trailing ? SearchOperators.StartsWith : SearchOperators.EndsWith;
                return Leaf(field, op, parsed.Text, binary);
            }

            private Comparison Leaf(string field, string op, object? value, BinaryExpressionAst binary)
            {
                try
                {
                    return _target.IsDateField(field) || IsDate(value) ? DateLeaf(field, op, value, binary) : PlainLeaf(field, op, value, binary);
                }
                catch (SearchQueryException exception)
                {
                    throw new FilterTranslationException($"the condition on '{field}'", binary.Extent, exception.Message);
                }
            }

            private static Comparison PlainLeaf(string field, string op, object? value, BinaryExpressionAst binary)
            {
                var server = new SearchFilter(field, op, value);
                return new Comparison(field, server, ClientCondition.Compare(field, server.Operator, server.Value, exactOnServer: true), binary.Extent);
            }

            /// <summary>
            /// A date condition: sent as the endpoint's boundary policy widens a -Since/-Until range (only &gt; and &lt;,
            /// which every date field accepts, moved outwards by the policy's margins), and checked exactly on the client.
            /// </summary>
            private Comparison DateLeaf(string field, string op, object? value, BinaryExpressionAst binary)
            {
                var policy = _target.DateBoundaries;
                if (value == null)
                {
                    if (op == SearchOperators.Equal || op == SearchOperators.NotEqual) return PlainLeaf(field, op, null, binary);
                    throw new FilterTranslationException($"a comparison of '{field}' with $null", binary.Extent, "Compare a date with a date or unix seconds.");
                }
                if (SearchOperators.IsTextMatch(op))
                {
                    throw new FilterTranslationException($"a text match on the date field '{field}'", binary.Extent, "Compare dates with -eq, -gt, -ge, -lt, -le.");
                }
                if (_target.DatesByDay && (op == SearchOperators.NotEqual || SearchOperators.TakesList(op)))
                {
                    throw new FilterTranslationException($"{OperatorName(binary)} on the contact date field '{field}'", binary.Extent,
                        "Intercom compares contact dates by whole day and accepts only =, < and > on them; use a range (-ge and -lt) instead.");
                }

                var values = SearchOperators.TakesList(op) ? ((IEnumerable<object?>)value).Select(v => Seconds(v, field, binary)).ToList() : new List<double> { Seconds(value, field, binary) };
                var exact = values.Select(ClientNumber).ToList();
                switch (op)
                {
                    case SearchOperators.Equal:
                    case SearchOperators.NotEqual:
                    case SearchOperators.In:
                    case SearchOperators.NotIn:
                        if (values.Any(v => Math.Floor(v) != v))
                        {
                            throw new FilterTranslationException($"{OperatorName(binary)} with a date that has a fraction of a second", binary.Extent,
                                "Intercom's dates are whole seconds; round the value (e.g. [DateTimeOffset]::FromUnixTimeSeconds($d.ToUnixTimeSeconds())) or compare a range.");
                        }
                        var whole = values.Select(v => (object)(long)v).ToList();
                        var serverValue = SearchOperators.TakesList(op) ? whole : whole[0];
                        var server = new SearchFilter(field, op, serverValue);
                        // Day-wise = matches the whole day around the instant: a superset, narrowed on the client.
                        var client = ClientCondition.Compare(field, op, SearchOperators.TakesList(op) ? (object)exact : exact[0], exactOnServer: !_target.DatesByDay);
                        return new Comparison(field, server, client, binary.Extent);
                    case SearchOperators.GreaterThan:
                    case SearchOperators.GreaterThanOrEqual:
                        var after = (long)Math.Floor(values[0] - policy.LowerMargin.TotalSeconds);
                        return new Comparison(field, new SearchFilter(field, SearchOperators.GreaterThan, after),
                            ClientCondition.Compare(field, op, exact[0], exactOnServer: false), binary.Extent);
                    default:
                        // t <= v is t < floor(v) + 1 for whole-second t; t < v needs only ceil(v).
                        var upper = op == SearchOperators.LessThanOrEqual ? Math.Floor(values[0]) + 1 : Math.Ceiling(values[0]);
                        var before = (long)Math.Ceiling(upper + policy.UpperMargin.TotalSeconds);
                        return new Comparison(field, new SearchFilter(field, SearchOperators.LessThan, before),
                            ClientCondition.Compare(field, op, exact[0], exactOnServer: false), binary.Extent);
                }
            }

            private static object ClientNumber(double seconds) => Math.Floor(seconds) == seconds ? (object)(long)seconds : seconds;

            /// <summary>A date value as unix seconds, keeping fractions (a -ge 10.5 s bound must not admit 10 s).</summary>
            private static double Seconds(object? value, string field, BinaryExpressionAst binary)
            {
                switch (value)
                {
                    case DateTimeOffset instant: return (instant.UtcTicks - UnixEpochTicks) / (double)TimeSpan.TicksPerSecond;
                    case DateTime dateTime:
                        // Unspecified kind is local time, as everywhere in PowerShell and -Since.
                        var local = dateTime.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dateTime, DateTimeKind.Local) : dateTime;
                        return Seconds(new DateTimeOffset(local), field, binary);
                    case long number: return number;
                    case int number: return number;
                    case double number when !double.IsNaN(number) && !double.IsInfinity(number): return number;
                    case decimal number: return (double)number;
                    case string text when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var unixSeconds):
                        return unixSeconds;
                    case string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var parsed):
                        return Seconds(parsed, field, binary);
                    default:
                        throw new FilterTranslationException($"the value {DescribeValue(value)} for the date field '{field}'", binary.Extent,
                            "Give a [DateTime], a [DateTimeOffset], a date string or unix seconds.");
                }
            }

            private static readonly long UnixEpochTicks = DateTimeOffset.FromUnixTimeSeconds(0).UtcTicks;

            private static bool IsDate(object? value) =>
                value is DateTime || value is DateTimeOffset || value is IEnumerable<object?> list && list.Any(item => item is DateTime || item is DateTimeOffset);

            private object? Single(object? value, string name, BinaryExpressionAst binary)
            {
                if (!FilterValues.IsCollection(value)) return value;
                var items = FilterValues.Items(value);
                if (items.Count == 1) return items[0];
                throw new FilterTranslationException($"{name} with {items.Count} values", binary.Extent, "Compare with one value; use -in (or -notin) to match any of several values.");
            }

            private static object? List(object? value, string name, BinaryExpressionAst binary)
            {
                var items = FilterValues.IsCollection(value) ? FilterValues.Items(value) : new List<object?> { value };
                if (items.Count == 0) throw new FilterTranslationException($"{name} with an empty list", binary.Extent, "Give at least one value.");
                return items;
            }

            /// <summary>The value of a right-hand side: a literal, a variable, or an expression evaluated once.</summary>
            private object? Value(ExpressionAst expression)
            {
                switch (expression)
                {
                    case ConstantExpressionAst constant:
                        return constant.Value;
                    case ArrayLiteralAst array:
                        return array.Elements.Select(Value).ToList();
                    case ArrayExpressionAst array:
                        // @(...) is a list even when it holds one value or none.
                        var evaluated = Evaluate(array);
                        return evaluated is List<object?> list ? list : evaluated == null ? new List<object?>() : new List<object?> { evaluated };
                    case VariableExpressionAst variable when variable.VariablePath.IsUnqualified:
                        var name = variable.VariablePath.UserPath;
                        if (string.Equals(name, "null", StringComparison.OrdinalIgnoreCase)) return null;
                        if (string.Equals(name, "true", StringComparison.OrdinalIgnoreCase)) return true;
                        if (string.Equals(name, "false", StringComparison.OrdinalIgnoreCase)) return false;
                        if (!_values.TryGetVariable(name, out var found))
                        {
                            throw new FilterTranslationException($"the variable ${name}", variable.Extent,
                                "It is not set in the caller's scope; set it before the search, or write $null to mean a missing value.");
                        }
                        return Plain(found);
                    default:
                        return Evaluate(expression);
                }
            }

            private object? Evaluate(ExpressionAst expression)
            {
                try
                {
                    return Plain(_values.Evaluate(expression.Extent.Text));
                }
                catch (RuntimeException exception)
                {
                    throw new FilterTranslationException("the value of " + Describe(expression), expression.Extent, "Evaluating it failed: " + exception.Message);
                }
            }

            private static object? Plain(object? value)
            {
                value = FilterValues.Unwrap(value);
                return FilterValues.IsCollection(value) ? FilterValues.Items(value) : value;
            }

            private static string DescribeValue(object? value) =>
                value == null ? "$null" : value is string text ? $"'{text}'" : $"{value} ({value.GetType().Name})";

            private static FilterTranslationException Unsupported(ExpressionAst expression)
            {
                switch (expression)
                {
                    case InvokeMemberExpressionAst _:
                        return new FilterTranslationException("a method call on $_", expression.Extent, "Intercom's search compares field values; it cannot run methods.");
                    case IndexExpressionAst _:
                        return new FilterTranslationException("an index into $_", expression.Extent, "Compare the field itself; on list fields (tag_ids...) -contains tests membership.");
                    case VariableExpressionAst _:
                        return new FilterTranslationException("$_ itself", expression.Extent, "Compare one of its fields, e.g. $_.email.");
                    default:
                        return new FilterTranslationException(Describe(expression) + " involving $_", expression.Extent, "Only a plain field ($_.field, $_.custom_attributes.plan) can be compared.");
                }
            }
        }

        /// <summary>The Intercom field name of <c>$_.a.b</c> / <c>$PSItem.'a.b'</c>; null when the expression is not such a path.</summary>
        internal static string? FieldOf(ExpressionAst expression)
        {
            var segments = new List<string>();
            var current = expression;
            while (current is MemberExpressionAst member && !(member is InvokeMemberExpressionAst))
            {
                if (member.Static || !(member.Member is StringConstantExpressionAst name) || string.IsNullOrEmpty(name.Value)) return null;
                segments.Insert(0, name.Value);
                current = member.Expression;
            }
            if (segments.Count == 0 || !(current is VariableExpressionAst variable) || !IsItem(variable)) return null;
            return FieldName(segments);
        }

        /// <summary>
        /// Intercom's snake_case names; model property names (CreatedAt, Source.Author.Email, CustomAttributes.plan)
        /// are accepted too, so a filter written for Where-Object over the output works unchanged. Custom attribute
        /// names are kept exactly as written.
        /// </summary>
        private static string FieldName(IReadOnlyList<string> segments)
        {
            var parts = new List<string>();
            for (var i = 0; i < segments.Count; i++)
            {
                var segment = ToSnakeCase(segments[i]);
                parts.Add(segment);
                if (segment == CustomAttributes && i + 1 < segments.Count)
                {
                    parts.Add(string.Join(".", segments.Skip(i + 1)));
                    break;
                }
            }
            return string.Join(".", parts);
        }

        private static string ToSnakeCase(string segment)
        {
            if (segment.IndexOf('_') >= 0 || segment.IndexOf('.') >= 0 || !segment.Any(char.IsUpper)) return segment;
            var text = new StringBuilder(segment.Length + 4);
            for (var i = 0; i < segment.Length; i++)
            {
                var c = segment[i];
                if (char.IsUpper(c))
                {
                    if (i > 0 && !char.IsUpper(segment[i - 1])) text.Append('_');
                    text.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    text.Append(c);
                }
            }
            return text.ToString();
        }

        private static bool IsItem(VariableExpressionAst variable) =>
            variable.VariablePath.IsUnqualified &&
            (variable.VariablePath.UserPath == "_" || string.Equals(variable.VariablePath.UserPath, "PSItem", StringComparison.OrdinalIgnoreCase));

        private static bool MentionsItem(Ast ast) => ast.Find(node => node is VariableExpressionAst variable && IsItem(variable), searchNestedScriptBlocks: true) != null;

        private static bool IsCaseSensitive(TokenKind kind)
        {
            switch (kind)
            {
                case TokenKind.Ceq:
                case TokenKind.Cne:
                case TokenKind.Cgt:
                case TokenKind.Cge:
                case TokenKind.Clt:
                case TokenKind.Cle:
                case TokenKind.Clike:
                case TokenKind.Cnotlike:
                case TokenKind.Cin:
                case TokenKind.Cnotin:
                case TokenKind.Ccontains:
                case TokenKind.Cnotcontains:
                case TokenKind.Cmatch:
                case TokenKind.Cnotmatch:
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsSupported(TokenKind kind)
        {
            switch (kind)
            {
                case TokenKind.Ieq:
                case TokenKind.Ine:
                case TokenKind.Igt:
                case TokenKind.Ige:
                case TokenKind.Ilt:
                case TokenKind.Ile:
                case TokenKind.Ilike:
                case TokenKind.Inotlike:
                case TokenKind.Iin:
                case TokenKind.Inotin:
                case TokenKind.Icontains:
                case TokenKind.Inotcontains:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The operator as the user wrote it (-ieq stays -ieq).</summary>
        private static string OperatorName(BinaryExpressionAst binary)
        {
            var between = binary.Extent.Text;
            var start = binary.Left.Extent.EndOffset - binary.Extent.StartOffset;
            var end = binary.Right.Extent.StartOffset - binary.Extent.StartOffset;
            if (start >= 0 && end > start && end <= between.Length)
            {
                var written = between.Substring(start, end - start).Trim();
                if (written.Length > 0) return written.ToLowerInvariant();
            }
            return "-" + binary.Operator.ToString().ToLowerInvariant();
        }

        private static string Describe(ExpressionAst expression)
        {
            switch (expression)
            {
                case InvokeMemberExpressionAst _: return "a method call";
                case ScriptBlockExpressionAst _: return "a script block";
                case SubExpressionAst _: return "a sub-expression";
                case ConstantExpressionAst _: return "a constant";
                case HashtableAst _: return "a hashtable";
                case ConvertExpressionAst _: return "a conversion";
                default: return "the expression";
            }
        }

        /// <summary>A node of the translated condition, before it is laid out as Intercom's groups.</summary>
        private abstract class Condition
        {
            protected Condition(IScriptExtent extent) => Extent = extent;

            public IScriptExtent Extent { get; }

            public abstract ClientCondition Client();

            public abstract IEnumerable<Comparison> Comparisons();
        }

        private sealed class Comparison : Condition
        {
            private readonly ClientCondition _client;

            public Comparison(string field, SearchFilter server, ClientCondition client, IScriptExtent extent)
                : base(extent)
            {
                Field = field;
                Server = server;
                _client = client;
            }

            public string Field { get; }

            public SearchFilter Server { get; }

            public override ClientCondition Client() => _client;

            public override IEnumerable<Comparison> Comparisons() => new[] { this };
        }

        private sealed class Group : Condition
        {
            private Group(bool isAnd, List<Condition> children, IScriptExtent extent)
                : base(extent)
            {
                IsAnd = isAnd;
                Children = children;
            }

            public bool IsAnd { get; }

            public string Operator => IsAnd ? SearchOperators.And : SearchOperators.Or;

            public List<Condition> Children { get; }

            /// <summary>Joins two conditions; chains of the same operator (a -and b -and c, parenthesized or not) become one group.</summary>
            public static Group Join(bool isAnd, Condition left, Condition right, IScriptExtent extent)
            {
                var children = new List<Condition>();
                foreach (var side in new[] { left, right })
                {
                    if (side is Group group && group.IsAnd == isAnd) children.AddRange(group.Children);
                    else children.Add(side);
                }
                return new Group(isAnd, children, extent);
            }

            public override ClientCondition Client()
            {
                var children = Children.Select(child => child.Client());
                return IsAnd ? ClientCondition.All(children) : ClientCondition.Any(children);
            }

            public override IEnumerable<Comparison> Comparisons() => Children.SelectMany(child => child.Comparisons());
        }

        /// <summary>A -like pattern's shape: its text, and a * at its start and/or end; anything else is a problem.</summary>
        private sealed class WildcardShape
        {
            public string Text = string.Empty;
            public bool Leading;
            public bool Trailing;
            public string? Problem;

            public static WildcardShape Parse(string pattern)
            {
                var chars = new List<(char Char, bool Wild)>();
                for (var i = 0; i < pattern.Length; i++)
                {
                    var c = pattern[i];
                    if (c == '`' && i + 1 < pattern.Length)
                    {
                        chars.Add((pattern[++i], false));
                        continue;
                    }
                    chars.Add((c, c == '*' || c == '?' || c == '['));
                }
                var shape = new WildcardShape();
                var start = 0;
                var end = chars.Count;
                while (start < end && chars[start].Wild && chars[start].Char == '*') { shape.Leading = true; start++; }
                while (end > start && chars[end - 1].Wild && chars[end - 1].Char == '*') { shape.Trailing = true; end--; }
                if (start == end)
                {
                    shape.Problem = "A pattern of only * matches every value, missing ones included; leave the condition out.";
                    return shape;
                }
                for (var i = start; i < end; i++)
                {
                    if (!chars[i].Wild) continue;
                    shape.Problem = chars[i].Char == '*'
                        ? "Intercom matches text at the start (abc*), the end (*abc) or anywhere (*abc*), not with a * in the middle."
                        : $"Intercom has no single-character or [set] wildcards ('{chars[i].Char}'); escape it with ` to match it literally.";
                    return shape;
                }
                shape.Text = new string(chars.Skip(start).Take(end - start).Select(c => c.Char).ToArray());
                return shape;
            }
        }
    }
}
