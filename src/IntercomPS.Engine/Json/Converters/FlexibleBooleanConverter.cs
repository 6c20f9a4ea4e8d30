using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>Booleans, also when sent as <c>"true"</c>/<c>"false"</c>, <c>"1"</c>/<c>"0"</c> or the numbers 1/0.</summary>
    internal sealed class FlexibleBooleanConverter : FlexibleScalarConverter<bool>
    {
        public static readonly FlexibleBooleanConverter Instance = new FlexibleBooleanConverter();

        protected override bool? FromNumber(ref Utf8JsonReader reader) =>
            !reader.TryGetInt64(out var number) ? null : number == 1 ? true : number == 0 ? false : (bool?)null;

        protected override bool? FromText(string text) =>
            string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || text == "1" ? true
            : string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) || text == "0" ? false
            : (bool?)null;

        protected override bool? FromOtherToken(JsonTokenType token) =>
            token == JsonTokenType.True ? true : token == JsonTokenType.False ? false : (bool?)null;

        public override void WriteValue(Utf8JsonWriter writer, bool? value) => writer.WriteBooleanValue(value!.Value);
    }
}
