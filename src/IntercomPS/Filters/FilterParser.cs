using System.Management.Automation.Language;
using IntercomPS.Engine.Search;

namespace IntercomPS.Filters
{
    /// <summary>
    /// Reads a Where-Object style script block (<c>{ $_.state -eq 'open' -and $_.created_at -ge $since }</c>) from its
    /// syntax tree into the engine's neutral <see cref="SearchCondition"/>: the block is never run per object.
    /// Right-hand sides (literals, variables, expressions not mentioning $_) are evaluated once, here. Fields are
    /// named as written (<c>$_.CreatedAt</c> gives CreatedAt; the engine resolves names against the resource's
    /// declaration). Each node carries its <see cref="FilterOrigin"/>, so that any later error can point at it.
    /// </summary>
    internal sealed class FilterParser
    {
        private readonly IFilterValueResolver _values;

        private FilterParser(IFilterValueResolver values) => _values = values;

        /// <exception cref="FilterTranslationException">A construct has no equivalent in a search condition; the message says which and where.</exception>
        public static SearchCondition Parse(ScriptBlock filter, IFilterValueResolver values)
        {
            if (filter == null) throw new ArgumentNullException(nameof(filter));
            if (values == null) throw new ArgumentNullException(nameof(values));
            return new FilterParser(values).Expression(SingleExpression((ScriptBlockAst)filter.Ast));
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

        private SearchCondition Expression(ExpressionAst expression)
        {
            switch (expression)
            {
                case ParenExpressionAst paren:
                    return Expression(PipelineExpression(paren.Pipeline) ??
                                      throw new FilterTranslationException("a command in parentheses", paren.Extent, "Only a condition may be parenthesized."));
                case BinaryExpressionAst binary when binary.Operator == TokenKind.And || binary.Operator == TokenKind.Or:
                    var children = new[] { Expression(binary.Left), Expression(binary.Right) };
                    var origin = new FilterOrigin(binary.Extent, OperatorName(binary));
                    return binary.Operator == TokenKind.And ? SearchCondition.All(children, origin) : SearchCondition.Any(children, origin);
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

        private SearchCondition Comparison(BinaryExpressionAst binary)
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

            var origin = new FilterOrigin(binary.Extent, name);
            return leftField != null
                ? FieldFirst(leftField, kind, Value(binary.Right), binary, origin)
                : ValueFirst(rightField!, kind, Value(binary.Left), binary, origin);
        }

        private SearchCondition FieldFirst(string field, TokenKind kind, object? value, BinaryExpressionAst binary, FilterOrigin origin)
        {
            switch (kind)
            {
                case TokenKind.Ieq: return Compare(field, SearchOperators.Equal, Single(value, binary, origin), origin);
                case TokenKind.Ine: return Compare(field, SearchOperators.NotEqual, Single(value, binary, origin), origin);
                case TokenKind.Igt: return Compare(field, SearchOperators.GreaterThan, Single(value, binary, origin), origin);
                case TokenKind.Ige: return Compare(field, SearchOperators.GreaterThanOrEqual, Single(value, binary, origin), origin);
                case TokenKind.Ilt: return Compare(field, SearchOperators.LessThan, Single(value, binary, origin), origin);
                case TokenKind.Ile: return Compare(field, SearchOperators.LessThanOrEqual, Single(value, binary, origin), origin);
                case TokenKind.Iin: return Compare(field, SearchOperators.In, List(value, binary, origin), origin);
                case TokenKind.Inotin: return Compare(field, SearchOperators.NotIn, List(value, binary, origin), origin);
                // A field "contains" a value: equality, which on Intercom's list fields (tag_ids...) means "has".
                case TokenKind.Icontains: return Compare(field, SearchOperators.Equal, Single(value, binary, origin), origin);
                case TokenKind.Inotcontains: return Compare(field, SearchOperators.NotEqual, Single(value, binary, origin), origin);
                case TokenKind.Ilike: return Like(field, value, negated: false, binary, origin);
                case TokenKind.Inotlike: return Like(field, value, negated: true, binary, origin);
                default: throw new InvalidOperationException("Unhandled operator " + kind);
            }
        }

        private SearchCondition ValueFirst(string field, TokenKind kind, object? value, BinaryExpressionAst binary, FilterOrigin origin)
        {
            if (kind == TokenKind.Ilike || kind == TokenKind.Inotlike)
            {
                throw new FilterTranslationException($"{origin.Operator} with $_ on the right", binary.Extent, $"Put the field on the left: $_.field {origin.Operator} 'pattern'.");
            }
            return FieldFirst(field, Mirrored(kind), value, binary, origin);
        }

        /// <summary>
        /// The operator that says the same with its operands swapped: value -gt $_.f is $_.f -lt value, and
        /// value -in $_.f (the list field has value) is $_.f -contains value.
        /// </summary>
        private static TokenKind Mirrored(TokenKind kind)
        {
            switch (kind)
            {
                case TokenKind.Igt: return TokenKind.Ilt;
                case TokenKind.Ige: return TokenKind.Ile;
                case TokenKind.Ilt: return TokenKind.Igt;
                case TokenKind.Ile: return TokenKind.Ige;
                case TokenKind.Iin: return TokenKind.Icontains;
                case TokenKind.Inotin: return TokenKind.Inotcontains;
                case TokenKind.Icontains: return TokenKind.Iin;
                case TokenKind.Inotcontains: return TokenKind.Inotin;
                default: return kind;
            }
        }

        private static SearchCondition Compare(string field, string @operator, object? value, FilterOrigin origin) =>
            SearchCondition.Compare(field, @operator, value, origin);

        private static SearchCondition Like(string field, object? value, bool negated, BinaryExpressionAst binary, FilterOrigin origin)
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
            return Compare(field, op, parsed.Text, origin);
        }

        private static object? Single(object? value, BinaryExpressionAst binary, FilterOrigin origin)
        {
            if (!FilterValues.IsCollection(value)) return value;
            var items = FilterValues.Items(value);
            if (items.Count == 1) return items[0];
            throw new FilterTranslationException($"{origin.Operator} with {items.Count} values", binary.Extent, "Compare with one value; use -in (or -notin) to match any of several values.");
        }

        private static object? List(object? value, BinaryExpressionAst binary, FilterOrigin origin)
        {
            var items = FilterValues.IsCollection(value) ? FilterValues.Items(value) : new List<object?> { value };
            if (items.Count == 0) throw new FilterTranslationException($"{origin.Operator} with an empty list", binary.Extent, "Give at least one value.");
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

        /// <summary>The field path of <c>$_.a.b</c> / <c>$PSItem.'a.b'</c> as written (<c>a.b</c>); null when the expression is not such a path.</summary>
        private static string? FieldOf(ExpressionAst expression)
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
            return string.Join(".", segments);
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
    }
}
