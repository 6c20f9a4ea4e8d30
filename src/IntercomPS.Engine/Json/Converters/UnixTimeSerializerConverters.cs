using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// Makes <see cref="JsonSerializer"/> (objects given to <see cref="IntercomJson.ToJson"/> that are not plain
    /// values) write dates as unix seconds, the API's only timestamp format, and read them as the models do.
    /// </summary>
    internal sealed class UnixDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (UnixTimestampConverter.Instance.TryRead(ref reader, out var value) && value.HasValue) return value.Value;
            throw new JsonException($"Expected a unix timestamp, found {reader.TokenType}.");
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            UnixTimestampConverter.Instance.WriteValue(writer, value);
    }

    /// <inheritdoc cref="UnixDateTimeOffsetConverter"/>
    internal sealed class UnixDateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (UnixTimestampConverter.Instance.TryRead(ref reader, out var value) && value.HasValue) return value.Value.UtcDateTime;
            throw new JsonException($"Expected a unix timestamp, found {reader.TokenType}.");
        }

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            UnixTimestampConverter.Instance.WriteValue(writer, new DateTimeOffset(value));
    }
}
