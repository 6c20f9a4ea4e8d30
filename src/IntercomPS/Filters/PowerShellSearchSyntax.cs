using IntercomPS.Engine.Search;

namespace IntercomPS.Filters
{
    /// <summary>Intercom's operators as a -Filter writes them, so that the engine's messages speak PowerShell.</summary>
    internal sealed class PowerShellSearchSyntax : SearchSyntax
    {
        public static PowerShellSearchSyntax Instance { get; } = new PowerShellSearchSyntax();

        public override string Operator(string filterOperator)
        {
            switch (filterOperator)
            {
                case SearchOperators.Equal: return "-eq";
                case SearchOperators.NotEqual: return "-ne";
                case SearchOperators.In: return "-in";
                case SearchOperators.NotIn: return "-notin";
                case SearchOperators.LessThan: return "-lt";
                case SearchOperators.LessThanOrEqual: return "-le";
                case SearchOperators.GreaterThan: return "-gt";
                case SearchOperators.GreaterThanOrEqual: return "-ge";
                case SearchOperators.Contains: return "-like '*text*'";
                case SearchOperators.NotContains: return "-notlike '*text*'";
                case SearchOperators.StartsWith: return "-like 'text*'";
                case SearchOperators.EndsWith: return "-like '*text'";
                default: return filterOperator;
            }
        }

        public override string Group(bool isAnd) => isAnd ? "-and" : "-or";
    }
}
