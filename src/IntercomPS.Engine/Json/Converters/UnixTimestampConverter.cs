using System.Globalization;
using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// Intercom timestamps: integer unix seconds, read as a UTC <see cref="DateTimeOffset"/>. Also takes numeric
    /// strings, fractional seconds, ISO 8601 text, and null or an empty string for "unset". Zero stays the epoch:
    /// the spec gives it no special meaning.
    /// </summary>
    internal sealed class UnixTimestampConverter : FlexibleConverter<DateTimeOffset?>
    {
        public static readonly UnixTimestampConverter Instance = new UnixTimestampConverter();

        private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
        private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

        public override bool TryRead(ref Utf8JsonReader reader, out DateTimeOffset? value)
        {
            value = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.Number:
                    if (reader.TryGetInt64(out var seconds)) return TryFromSeconds(seconds, out value);
                    return reader.TryGetDouble(out var fractional) && TryFromSeconds(fractional, out value);
                case JsonTokenType.String:
                    var text = JsonText.TrimmedOrNull(ref reader);
                    return text == null || TryParse(text, out value);
                default:
                    return false;
            }
        }

        public override void WriteValue(Utf8JsonWriter writer, DateTimeOffset? value)
        {
            var instant = value!.Value;
            var milliseconds = instant.ToUnixTimeMilliseconds();
            if (milliseconds % 1000 == 0) writer.WriteNumberValue(milliseconds / 1000);
            else writer.WriteNumberValue(milliseconds / 1000.0);
        }

        internal static bool TryParse(string text, out DateTimeOffset? value)
        {
            value = null;
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
            {
                return TryFromSeconds(seconds, out value);
            }
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var fractional))
            {
                return TryFromSeconds(fractional, out value);
            }
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                value = parsed;
                return true;
            }
            return false;
        }

        private static bool TryFromSeconds(long seconds, out DateTimeOffset? value)
        {
            if (seconds < MinSeconds || seconds > MaxSeconds)
            {
                value = null;
                return false;
            }
            value = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        private static bool TryFromSeconds(double seconds, out DateTimeOffset? value)
        {
            value = null;
            if (double.IsNaN(seconds) || seconds < MinSeconds || seconds > MaxSeconds) return false;
            value = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero));
            return true;
        }
    }
}
