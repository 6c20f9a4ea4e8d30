namespace IntercomPS.Sandbox.Search
{
    /// <summary>How a collection's search compares date fields; read from the options when a query is compiled.</summary>
    internal sealed class DateSemantics(bool inclusive, bool byDay)
    {
        public const long Day = 86400;

        /// <summary><c>&gt;</c> and <c>&lt;</c> include the boundary (conversation search docs: "greater (or equal) than").</summary>
        public bool Inclusive { get; } = inclusive;

        /// <summary>Values truncate to UTC days (contact search docs); only <c>=</c>, <c>&lt;</c>, <c>&gt;</c> are allowed.</summary>
        public bool ByDay { get; } = byDay;

        public string Fingerprint => (Inclusive ? "i" : "s") + (ByDay ? "d" : "t");

        /// <summary>The inclusive [low, high] instants an interval operator selects, or false for other operators.</summary>
        public bool TryInterval(string op, long value, out long low, out long high)
        {
            low = long.MinValue;
            high = long.MaxValue;
            if (ByDay)
            {
                var day = Data.TimeLayout.FloorDay(value);
                switch (op)
                {
                    case "=": low = day; high = day + Day - 1; return true;
                    case ">": low = day + Day; return true;
                    case "<": high = day - 1; return true;
                    default: return false;
                }
            }
            switch (op)
            {
                case "=": low = value; high = value; return true;
                case ">": low = Inclusive ? value : value + 1; return true;
                case ">=": low = value; return true;
                case "<": high = Inclusive ? value : value - 1; return true;
                case "<=": high = value; return true;
                default: return false;
            }
        }
    }
}
