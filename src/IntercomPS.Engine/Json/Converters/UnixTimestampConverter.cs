using System.Globalization;
using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// Intercom timestamps: integer unix seconds, read as a UTC <see cref="DateTimeOffset"/>. Also takes numeric
    /// strings, fractional seconds, ISO 8601 text, and null or an empty string for "unset". Zero stays the epoch:
    /// the spec gives it no special meaning.
    /// </summary>
    internal sealed class UnixTimestampConverter : FlexibleScalarConverter<DateTimeOffset>
    {
        public static readonly UnixTimestampConverter Instance = new UnixTimestampConverter();

        private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
        private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

        protected override DateTimeOffset? FromNumber(ref Utf8JsonReader reader) =>
            reader.TryGetInt64(out var seconds) ? FromSeconds(seconds) : reader.TryGetDouble(out var fractional) ? FromSeconds(fractional) : null;

        public override void WriteValue(Utf8JsonWriter writer, DateTimeOffset? value)
        {
            var instant = value!.Value;
            var milliseconds = instant.ToUnixTimeMilliseconds();
            if (milliseconds % 1000 == 0) writer.WriteNumberValue(milliseconds / 1000);
            else writer.WriteNumberValue(milliseconds / 1000.0);
        }

        protected override DateTimeOffset? FromText(string text)
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)) return FromSeconds(seconds);
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var fractional)) return FromSeconds(fractional);
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                return parsed;
            }
            return null;
        }

        private static DateTimeOffset? FromSeconds(long seconds) =>
            seconds < MinSeconds || seconds > MaxSeconds ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeSeconds(seconds);

        private static DateTimeOffset? FromSeconds(double seconds) =>
            double.IsNaN(seconds) || seconds < MinSeconds || seconds > MaxSeconds
                ? (DateTimeOffset?)null
                : DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero));
    }
}
