namespace IntercomPS.Engine.Search
{
    /// <summary>Why a condition cannot become Intercom's query.</summary>
    public enum SearchConditionProblem
    {
        /// <summary>The field is not one the search declares.</summary>
        UnknownField,

        /// <summary>The field does not take the operator.</summary>
        OperatorNotAllowed,

        /// <summary>The value does not suit the operator or the field.</summary>
        InvalidValue,

        /// <summary>A date field compared with something that is not a date.</summary>
        NotADate,

        /// <summary>An exact date comparison (=, !=, IN, NIN) with a fraction of a second, which no whole-second date equals.</summary>
        DateWithFraction,

        /// <summary>A group holds more conditions than Intercom allows in one group.</summary>
        TooManyEntries,

        /// <summary>A group sits deeper than Intercom's two levels of groups.</summary>
        TooDeep,

        /// <summary>A condition must be checked on each result (it shares an OR with a widened date), but the results do not carry its field in full.</summary>
        NotCheckableOnClient,
    }

    /// <summary>
    /// A condition that cannot be searched: names the field or group, the problem and what is allowed instead. The
    /// offending node (and so its <see cref="SearchCondition.Origin"/>) lets the caller point at what it parsed.
    /// </summary>
    public sealed class SearchConditionException : ArgumentException
    {
        internal SearchConditionException(SearchConditionProblem problem, SearchCondition condition, string message, SearchField? field = null, int entries = 0)
            : base(message)
        {
            Problem = problem;
            Condition = condition;
            Field = field;
            Entries = entries;
        }

        public SearchConditionProblem Problem { get; }

        /// <summary>The comparison or group at fault.</summary>
        public SearchCondition Condition { get; }

        /// <summary>The comparison's field, when it is known to the search.</summary>
        public SearchField? Field { get; }

        /// <summary>For <see cref="SearchConditionProblem.TooManyEntries"/>, how many entries the group holds.</summary>
        public int Entries { get; }
    }
}
