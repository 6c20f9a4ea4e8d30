using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>Booleans, also when sent as <c>"true"</c>/<c>"false"</c>, <c>"1"</c>/<c>"0"</c> or the numbers 1/0.</summary>
    internal sealed class FlexibleBooleanConverter : FlexibleConverter<bool?>
    {
        public static readonly FlexibleBooleanConverter Instance = new FlexibleBooleanConverter();

        public override bool TryRead(ref Utf8JsonReader reader, out bool? value)
        {
            value = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.True:
                    value = true;
                    return true;
                case JsonTokenType.False:
                    value = false;
                    return true;
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.Number:
                    return reader.TryGetInt64(out var number) && FromNumber(number, out value);
                case JsonTokenType.String:
                    var text = JsonText.TrimmedOrNull(ref reader);
                    if (text == null) return true;
                    if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || text == "1")
                    {
                        value = true;
                        return true;
                    }
                    if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) || text == "0")
                    {
                        value = false;
                        return true;
                    }
                    return false;
                default:
                    return false;
            }
        }

        public override void WriteValue(Utf8JsonWriter writer, bool? value) => writer.WriteBooleanValue(value!.Value);

        private static bool FromNumber(long number, out bool? value)
        {
            value = number == 1 ? true : number == 0 ? false : (bool?)null;
            return value.HasValue;
        }
    }
}
