using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Reads the open intervals of an office hours schedule or exception as an admin writes them: text such as
    /// <c>'Mon 09:00-17:00'</c> (a schedule's, whose minutes count from Monday 00:00) or <c>'10:00-14:00'</c> (an
    /// exception's, whose minutes count from midnight of its date), or objects with StartMinute and EndMinute (a
    /// hashtable, or the intervals of a schedule read earlier), into the <c>time_intervals</c> Intercom takes.
    /// </summary>
    internal static class OfficeHoursIntervals
    {
        private const int MinutesPerDay = 1440;

        private static readonly Regex Written = new Regex(
            @"^\s*(?:(?<day>[A-Za-z]+)\s+)?(?<start>\d{1,2}:\d{2})\s*-\s*(?<end>\d{1,2}:\d{2})\s*$", RegexOptions.CultureInvariant);

        private static readonly string[] Days = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

        /// <summary>The body member <c>time_intervals</c>, or null when no interval is given.</summary>
        /// <param name="weekly">True for a schedule (each interval names its day), false for an exception (one date).</param>
        public static IDictionary<string, object?>? Body(object[]? intervals, bool weekly)
        {
            if (intervals == null) return null;
            var list = new List<object?>(intervals.Length);
            foreach (var interval in intervals) list.Add(Read(interval, weekly));
            return new Dictionary<string, object?>(StringComparer.Ordinal) { ["time_intervals"] = list };
        }

        private static Dictionary<string, object?> Read(object? given, bool weekly)
        {
            var value = given is PSObject wrapped ? wrapped.BaseObject : given;
            long start, end;
            if (value is string text)
            {
                (start, end) = Parse(text, weekly);
            }
            else
            {
                start = Minute(given, "StartMinute");
                end = Minute(given, "EndMinute");
            }
            var limit = weekly ? 7 * MinutesPerDay : MinutesPerDay;
            if (start < 0 || end > limit || start >= end)
            {
                throw new ArgumentException($"The interval {start}-{end} is not within 0-{limit} minutes, or ends before it starts: {(weekly ? "a schedule's minutes count from Monday 00:00" : "an exception's minutes count from midnight of its date")}.");
            }
            return new Dictionary<string, object?>(StringComparer.Ordinal) { ["start_minute"] = start, ["end_minute"] = end };
        }

        private static (long Start, long End) Parse(string text, bool weekly)
        {
            var match = Written.Match(text);
            if (!match.Success)
            {
                throw new ArgumentException($"Cannot read the interval '{text}': write it as {(weekly ? "'Mon 09:00-17:00'" : "'10:00-14:00'")}, or as @{{ StartMinute = 540; EndMinute = 1020 }}.");
            }
            var dayOffset = 0;
            var day = match.Groups["day"];
            if (weekly)
            {
                if (!day.Success) throw new ArgumentException($"The interval '{text}' names no day: a schedule's intervals are weekly, e.g. 'Mon 09:00-17:00'.");
                var index = Array.FindIndex(Days, name => day.Value.Length >= 2 && name.StartsWith(day.Value.ToLowerInvariant(), StringComparison.Ordinal));
                if (index < 0) throw new ArgumentException($"'{day.Value}' in '{text}' is no day of the week: use Mon, Tue, Wed, Thu, Fri, Sat or Sun.");
                dayOffset = index * MinutesPerDay;
            }
            else if (day.Success)
            {
                throw new ArgumentException($"The interval '{text}' names a day, but an exception's hours are on its date: write '10:00-14:00'.");
            }
            var start = TimeOfDay(match.Groups["start"].Value, text);
            var end = TimeOfDay(match.Groups["end"].Value, text);
            // 24:00 closes the day; an end before the start runs past midnight, which Intercom does not take.
            return (dayOffset + start, dayOffset + end);
        }

        private static int TimeOfDay(string clock, string text)
        {
            var parts = clock.Split(':');
            var hours = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var minutes = int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (minutes > 59 || hours > 24 || (hours == 24 && minutes > 0)) throw new ArgumentException($"'{clock}' in '{text}' is no time of day (00:00 to 24:00).");
            return hours * 60 + minutes;
        }

        /// <summary>StartMinute (or start_minute) of a hashtable or object.</summary>
        private static long Minute(object? given, string name)
        {
            object? found = null;
            var snake = name == "StartMinute" ? "start_minute" : "end_minute";
            if ((given is PSObject wrapped ? wrapped.BaseObject : given) is IDictionary map)
            {
                foreach (DictionaryEntry entry in map)
                {
                    var key = entry.Key?.ToString();
                    if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) || string.Equals(key, snake, StringComparison.OrdinalIgnoreCase)) found = entry.Value;
                }
            }
            else if (given != null)
            {
                var properties = PSObject.AsPSObject(given).Properties;
                found = (properties[name] ?? properties[snake])?.Value;
            }
            if (found == null) throw new ArgumentException($"An interval needs StartMinute and EndMinute, or text such as 'Mon 09:00-17:00': '{given}' has no {name}.");
            try
            {
                return Convert.ToInt64(found is PSObject inner ? inner.BaseObject : found, CultureInfo.InvariantCulture);
            }
            catch (Exception error) when (error is FormatException || error is InvalidCastException || error is OverflowException)
            {
                throw new ArgumentException($"The {name} '{found}' of an interval is no whole number of minutes.", error);
            }
        }
    }
}
