using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>Any JSON value as a plain .NET value (see <see cref="PlainJson"/>); never declines.</summary>
    internal sealed class PlainValueConverter : FlexibleConverter<object?>
    {
        public static readonly PlainValueConverter Instance = new PlainValueConverter();

        public override bool TryRead(ref Utf8JsonReader reader, out object? value)
        {
            value = PlainJson.ReadValue(ref reader);
            return true;
        }

        public override void WriteValue(Utf8JsonWriter writer, object? value) => PlainJson.WriteValue(writer, value);
    }

    /// <summary>A JSON object (custom attributes) as a case-sensitive dictionary of plain values.</summary>
    internal sealed class PlainObjectConverter : FlexibleConverter<IDictionary<string, object?>?>
    {
        public static readonly PlainObjectConverter Instance = new PlainObjectConverter();

        public override bool TryRead(ref Utf8JsonReader reader, out IDictionary<string, object?>? value)
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Null) return true;
            if (reader.TokenType != JsonTokenType.StartObject) return false;
            value = PlainJson.ReadObject(ref reader);
            return true;
        }

        public override void WriteValue(Utf8JsonWriter writer, IDictionary<string, object?>? value) =>
            PlainJson.WriteValue(writer, value);
    }
}
