using System.Globalization;

namespace IntercomPS.Engine.Ranges
{
    /// <summary>A half-open UTC time range [Start, End): Start is in it, End is not, so adjacent windows never overlap.</summary>
    public sealed class DateWindow : IEquatable<DateWindow>
    {
        public DateWindow(DateTimeOffset start, DateTimeOffset end)
        {
            if (start >= end)
            {
                throw new ArgumentException($"A window must start before it ends: {Format(start)} is not before {Format(end)}.", nameof(start));
            }
            Start = start.ToUniversalTime();
            End = end.ToUniversalTime();
        }

        public DateTimeOffset Start { get; }

        public DateTimeOffset End { get; }

        public TimeSpan Duration => End - Start;

        public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

        public bool Equals(DateWindow? other) => other != null && Start == other.Start && End == other.End;

        public override bool Equals(object? obj) => Equals(obj as DateWindow);

        public override int GetHashCode() => unchecked(Start.UtcTicks.GetHashCode() * 397 ^ End.UtcTicks.GetHashCode());

        /// <summary>"2026-01-01T00:00:00Z..2026-01-02T00:00:00Z": the form error messages and logs name a window by.</summary>
        public override string ToString() => Format(Start) + ".." + Format(End);

        private static string Format(DateTimeOffset instant)
        {
            var utc = instant.UtcDateTime;
            // Whole seconds are the norm (Intercom's timestamps are unix seconds); a fraction is shown only when present.
            var format = utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
            return utc.ToString(format, CultureInfo.InvariantCulture);
        }
    }
}
