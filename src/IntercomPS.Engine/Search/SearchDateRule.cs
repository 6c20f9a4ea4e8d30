using IntercomPS.Engine.Ranges;

namespace IntercomPS.Engine.Search
{
    /// <summary>
    /// How one search endpoint compares date fields: which operators it accepts on them, and how far a bound must be
    /// widened (<see cref="BoundaryPolicy"/>) so that the server returns every item an exact comparison would keep.
    /// </summary>
    public sealed class SearchDateRule
    {
        private SearchDateRule(string description, BoundaryPolicy boundaries, bool byDay, IReadOnlyList<string> operators)
        {
            Description = description;
            Boundaries = boundaries;
            ByDay = byDay;
            Operators = operators;
        }

        /// <summary>
        /// Contact search: dates are cut to whole days in the workspace's time zone, and only =, &lt; and &gt; are
        /// accepted ("The !=, &gt;=, &lt;=, IN and NIN operators are not supported on Date fields and return an error").
        /// </summary>
        public static SearchDateRule CalendarDay { get; } = new SearchDateRule("compared by whole day in the workspace's time zone",
            BoundaryPolicy.CalendarDay, byDay: true, new[] { SearchOperators.Equal, SearchOperators.LessThan, SearchOperators.GreaterThan });

        /// <summary>Conversation and ticket search: dates compare to the second, with bounds that may or may not be inclusive.</summary>
        public static SearchDateRule Second { get; } = new SearchDateRule("compared to the second",
            BoundaryPolicy.SecondPrecision, byDay: false, new[]
            {
                SearchOperators.Equal, SearchOperators.NotEqual, SearchOperators.In, SearchOperators.NotIn,
                SearchOperators.LessThan, SearchOperators.LessThanOrEqual, SearchOperators.GreaterThan, SearchOperators.GreaterThanOrEqual,
            });

        /// <summary>For messages: "compared by whole day in the workspace's time zone".</summary>
        public string Description { get; }

        /// <summary>How far a date range or bound is widened before it is sent.</summary>
        public BoundaryPolicy Boundaries { get; }

        /// <summary>Dates match whole days: = is never exact, and sub-day bounds are decided on the client.</summary>
        public bool ByDay { get; }

        /// <summary>The operators the server accepts on a date field.</summary>
        public IReadOnlyList<string> Operators { get; }

        public override string ToString() => Description;
    }
}
