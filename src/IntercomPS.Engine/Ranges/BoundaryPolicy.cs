namespace IntercomPS.Engine.Ranges
{
    /// <summary>
    /// How far to widen a window's server-side date filter so that the server returns at least every item in
    /// [Start, End) whatever its comparison semantics; the reader then keeps exactly [Start, End) on the client.
    /// The query is <c>field &gt; After AND field &lt; Before</c> (see <see cref="BoundsFor"/>), using the only two
    /// operators every date field accepts (contact date fields reject &gt;= and &lt;=).
    /// </summary>
    public sealed class BoundaryPolicy
    {
        public BoundaryPolicy(TimeSpan lowerMargin, TimeSpan upperMargin)
        {
            if (lowerMargin < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(lowerMargin), lowerMargin, "A margin cannot be negative.");
            if (upperMargin < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(upperMargin), upperMargin, "A margin cannot be negative.");
            LowerMargin = lowerMargin;
            UpperMargin = upperMargin;
        }

        /// <summary>
        /// Fields compared to the second (conversation search): After = Start - 1 s, Before = End.
        /// Item timestamps t are whole seconds. If the server's &gt; is strict, t &gt; Start - 1 s means t &gt;= Start;
        /// if it is really &gt;= (the docs say "greater (or equal)"), it only adds Start - 1 s, dropped on the client.
        /// If &lt; is strict, t &lt; End is exactly the window's upper side; if it is &lt;=, t = End comes back too and
        /// is dropped. So the lower side needs one second and the upper side none. (Fractional bounds round outwards.)
        /// </summary>
        public static BoundaryPolicy SecondPrecision { get; } = new BoundaryPolicy(TimeSpan.FromSeconds(1), TimeSpan.Zero);

        /// <summary>
        /// Fields compared by calendar day in the workspace's timezone (contact search dates): After = Start - 26 h,
        /// Before = End + 26 h. There, &gt; v matches from the midnight after v's day, and &lt; v matches before the
        /// midnight that starts v's day. For &gt; After to cover Start, After's day must end by Start's day's start,
        /// i.e. After must lie before the last midnight at or before Start; that midnight is less than one day-length
        /// before Start, so After = Start - (longest day) suffices. Symmetrically, Before = End + (longest day) has a
        /// midnight between End and Before, so &lt; Before covers everything before End. One 24-hour day would do in a
        /// timezone without daylight saving; a fall-back day lasts 25 h (and 26 h in the one zone with a 2-hour shift,
        /// Antarctica/Troll), and the timezone is unknown here, so the margin is 26 h. Inclusive (day-wise &gt;=, &lt;=)
        /// semantics only return more. Sub-day precision is impossible on these fields, hence the client-side filter.
        /// </summary>
        public static BoundaryPolicy CalendarDay { get; } = new BoundaryPolicy(TimeSpan.FromHours(26), TimeSpan.FromHours(26));

        public TimeSpan LowerMargin { get; }

        public TimeSpan UpperMargin { get; }

        /// <summary>The unix-second values to send for <paramref name="window"/>, rounded outwards to whole seconds.</summary>
        public QueryBounds BoundsFor(DateWindow window)
        {
            if (window == null) throw new ArgumentNullException(nameof(window));
            return new QueryBounds(
                after: FloorSeconds(window.Start - LowerMargin),
                before: CeilingSeconds(window.End + UpperMargin));
        }

        public override string ToString() => $"-{LowerMargin} / +{UpperMargin}";

        private static long FloorSeconds(DateTimeOffset instant)
        {
            var ticks = instant.UtcTicks - DateTimeOffset.FromUnixTimeSeconds(0).UtcTicks;
            var seconds = ticks / TimeSpan.TicksPerSecond;
            return ticks % TimeSpan.TicksPerSecond < 0 ? seconds - 1 : seconds;
        }

        private static long CeilingSeconds(DateTimeOffset instant)
        {
            var ticks = instant.UtcTicks - DateTimeOffset.FromUnixTimeSeconds(0).UtcTicks;
            var seconds = ticks / TimeSpan.TicksPerSecond;
            return ticks % TimeSpan.TicksPerSecond > 0 ? seconds + 1 : seconds;
        }
    }

    /// <summary>A widened window as sent to the server: <c>field &gt; After AND field &lt; Before</c>, in unix seconds.</summary>
    public readonly struct QueryBounds(long after, long before) : IEquatable<QueryBounds>
    {
        public long After { get; } = after;

        public long Before { get; } = before;

        public bool Equals(QueryBounds other) => After == other.After && Before == other.Before;

        public override bool Equals(object? obj) => obj is QueryBounds other && Equals(other);

        public override int GetHashCode() => unchecked(After.GetHashCode() * 397 ^ Before.GetHashCode());

        public override string ToString() => $"> {After} and < {Before}";
    }
}
