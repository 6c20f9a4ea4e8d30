using System.Globalization;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Accepts a span of time as PowerShell users write it: a TimeSpan (New-TimeSpan -Hours 1), a string PowerShell's
    /// TimeSpan parsing takes ('01:00:00'), or a plain number of minutes (30). Without it, PowerShell would read 30
    /// as 30 ticks (3 microseconds).
    /// </summary>
    internal sealed class MinutesTimeSpanTransformationAttribute : ValueTransformationAttribute
    {
        protected override object? Transform(object? value)
        {
            switch (value)
            {
                case int minutes:
                    return TimeSpan.FromMinutes(minutes);
                case long minutes:
                    return TimeSpan.FromMinutes(minutes);
                case double minutes:
                    return TimeSpan.FromMinutes(minutes);
                case decimal minutes:
                    return TimeSpan.FromMinutes((double)minutes);
                case string text:
                    if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return TimeSpan.FromMinutes(number);
                    if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span)) return span;
                    throw new ArgumentTransformationMetadataException(
                        $"'{text}' is not a span of time. Give minutes (30), a TimeSpan string ('01:30:00'), or (New-TimeSpan -Hours 2).");
                default:
                    return value;
            }
        }
    }
}
