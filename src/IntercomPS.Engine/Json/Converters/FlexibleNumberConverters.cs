using System.Globalization;
using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// Whole numbers (counts, durations, sizes), also when sent as numeric strings or as whole floats (<c>10.0</c>).
    /// A fraction or an out-of-range value is declined rather than rounded.
    /// </summary>
    internal sealed class FlexibleInt64Converter : FlexibleScalarConverter<long>
    {
        public static readonly FlexibleInt64Converter Instance = new FlexibleInt64Converter();

        protected override long? FromNumber(ref Utf8JsonReader reader) =>
            reader.TryGetInt64(out var integer) ? integer : reader.TryGetDouble(out var real) ? Whole(real) : null;

        protected override long? FromText(string text) =>
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsedReal) ? Whole(parsedReal)
            : null;

        public override void WriteValue(Utf8JsonWriter writer, long? value) => writer.WriteNumberValue(value!.Value);

        private static long? Whole(double real)
        {
            // 2^63 is exactly representable, so comparing against it as a double is exact.
            const double limit = 9223372036854775808.0;
            if (double.IsNaN(real) || Math.Floor(real) != real || real < -limit || real >= limit) return null;
            return (long)real;
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
    internal sealed class FlexibleDoubleConverter : FlexibleScalarConverter<double>
    {
        public static readonly FlexibleDoubleConverter Instance = new FlexibleDoubleConverter();

        protected override double? FromNumber(ref Utf8JsonReader reader) => reader.TryGetDouble(out var number) ? Finite(number) : null;

        protected override double? FromText(string text) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? Finite(parsed) : null;

        public override void WriteValue(Utf8JsonWriter writer, double? value) => writer.WriteNumberValue(value!.Value);

        private static double? Finite(double number) => double.IsNaN(number) || double.IsInfinity(number) ? (double?)null : number;
    }
}
