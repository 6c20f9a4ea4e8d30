using System.Globalization;
using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// Timestamps the API sends as ISO 8601 text (<c>"2025-11-15T09:30:00Z"</c>: data connectors, macros, Fin events),
    /// read as <see cref="DateTimeOffset"/> like the unix-second ones, and written back as ISO 8601 UTC text so the
    /// API gets the notation it sent. Unix seconds are accepted too.
    /// </summary>
    internal sealed class IsoTimestampConverter : FlexibleConverter<DateTimeOffset?>
    {
        public static readonly IsoTimestampConverter Instance = new IsoTimestampConverter();

        public override bool TryRead(ref Utf8JsonReader reader, out DateTimeOffset? value) =>
            UnixTimestampConverter.Instance.TryRead(ref reader, out value);

        public override void WriteValue(Utf8JsonWriter writer, DateTimeOffset? value) =>
            writer.WriteStringValue(value!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
    }
}
