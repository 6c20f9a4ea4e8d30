using System.Globalization;
using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// Whole numbers (counts, durations, sizes), also when sent as numeric strings or as whole floats (<c>10.0</c>).
    /// A fraction or an out-of-range value is declined rather than rounded.
    /// </summary>
    internal sealed class FlexibleInt64Converter : FlexibleConverter<long?>
    {
        public static readonly FlexibleInt64Converter Instance = new FlexibleInt64Converter();

        public override bool TryRead(ref Utf8JsonReader reader, out long? value)
        {
            value = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.Number:
                    if (reader.TryGetInt64(out var integer))
                    {
                        value = integer;
                        return true;
                    }
                    return reader.TryGetDouble(out var real) && TryWhole(real, out value);
                case JsonTokenType.String:
                    var text = JsonText.TrimmedOrNull(ref reader);
                    if (text == null) return true;
                    if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                    {
                        value = parsed;
                        return true;
                    }
                    return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsedReal)
                           && TryWhole(parsedReal, out value);
                default:
                    return false;
            }
        }

        public override void WriteValue(Utf8JsonWriter writer, long? value) => writer.WriteNumberValue(value!.Value);

        private static bool TryWhole(double real, out long? value)
        {
            // 2^63 is exactly representable, so comparing against it as a double is exact.
            const double limit = 9223372036854775808.0;
            value = null;
            if (double.IsNaN(real) || Math.Floor(real) != real || real < -limit || real >= limit) return false;
            value = (long)real;
            return true;
        }
    }

    /// <summary><see cref="FlexibleInt64Converter"/> for values that fit an int (ratings, counts of things per conversation).</summary>
    internal sealed class FlexibleInt32Converter : FlexibleConverter<int?>
    {
        public static readonly FlexibleInt32Converter Instance = new FlexibleInt32Converter();

        public override bool TryRead(ref Utf8JsonReader reader, out int? value)
        {
            value = null;
            if (!FlexibleInt64Converter.Instance.TryRead(ref reader, out var wide)) return false;
            if (wide == null) return true;
            if (wide.Value < int.MinValue || wide.Value > int.MaxValue) return false;
            value = (int)wide.Value;
            return true;
        }

        public override void WriteValue(Utf8JsonWriter writer, int? value) => writer.WriteNumberValue(value!.Value);
    }

    /// <summary>Decimal numbers (monthly spend), also when sent as numeric strings.</summary>
    internal sealed class FlexibleDoubleConverter : FlexibleConverter<double?>
    {
        public static readonly FlexibleDoubleConverter Instance = new FlexibleDoubleConverter();

        public override bool TryRead(ref Utf8JsonReader reader, out double? value)
        {
            value = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.Number:
                    if (!reader.TryGetDouble(out var number) || IsNotFinite(number)) return false;
                    value = number;
                    return true;
                case JsonTokenType.String:
                    var text = JsonText.TrimmedOrNull(ref reader);
                    if (text == null) return true;
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                        || IsNotFinite(parsed))
                    {
                        return false;
                    }
                    value = parsed;
                    return true;
                default:
                    return false;
            }
        }

        public override void WriteValue(Utf8JsonWriter writer, double? value) => writer.WriteNumberValue(value!.Value);

        private static bool IsNotFinite(double number) => double.IsNaN(number) || double.IsInfinity(number);
    }
}
