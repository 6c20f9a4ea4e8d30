namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// The parameters of every cmdlet that reads a date range window by window (searches and exports):
    /// -Since/-Until (also by property name from piped rows), -ChunkDays, -ThrottleLimit and -PageSize.
    /// </summary>
    public abstract class DateRangeCmdlet : IntercomConnectedCmdlet
    {
        /// <summary>
        /// The parameter set of the range parameters, so a cmdlet's other sets (-Id...) refuse them instead of
        /// silently ignoring them.
        /// </summary>
        protected const string RangeSet = "Range";

        /// <summary>Start of the range (inclusive). A DateTime of any Kind (Unspecified = local), a DateTimeOffset, or a date string.</summary>
        [Parameter(ParameterSetName = RangeSet, ValueFromPipelineByPropertyName = true)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? Since { get; set; }

        /// <summary>End of the range (exclusive); defaults to now.</summary>
        [Parameter(ParameterSetName = RangeSet, ValueFromPipelineByPropertyName = true)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? Until { get; set; }

        /// <summary>Splits [Since, Until) into windows of this many days. Default: 1-day windows for ranges over 3 days.</summary>
        [Parameter(ParameterSetName = RangeSet)]
        [ValidateRange(1, 366)]
        public int ChunkDays { get; set; }

        /// <summary>How many windows are fetched at once (default 1 for exports; searches default to parallel windows, see RangeSearchCmdlet).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        /// <summary>Items per request (1..150, default 150).</summary>
        [Parameter]
        [ValidateRange(1, 150)]
        public int PageSize { get; set; } = 150;
    }
}
