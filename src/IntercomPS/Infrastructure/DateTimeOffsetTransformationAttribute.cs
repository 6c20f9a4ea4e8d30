using System.Globalization;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Accepts what PowerShell users pass as a point in time: a DateTime of any Kind (Unspecified counts as local
    /// time, as Get-Date returns), a DateTimeOffset, a string PowerShell can parse, or unix seconds.
    /// </summary>
    internal sealed class DateTimeOffsetTransformationAttribute : ValueTransformationAttribute
    {
        protected override object? Transform(object? value)
        {
            switch (value)
            {
                case null:
                    return null;
                case DateTimeOffset offset:
                    return offset;
                case DateTime dateTime:
                    return dateTime.Kind == DateTimeKind.Utc ? new DateTimeOffset(dateTime) : new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Local));
                case int seconds:
                    return DateTimeOffset.FromUnixTimeSeconds(seconds);
                case long seconds:
                    return DateTimeOffset.FromUnixTimeSeconds(seconds);
                case string text:
                    if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var parsed) ||
                        DateTimeOffset.TryParse(text, CultureInfo.CurrentCulture, DateTimeStyles.AssumeLocal, out parsed))
                    {
                        return parsed;
                    }
                    throw new ArgumentTransformationMetadataException(
                        $"'{text}' is not a date. Use a DateTime (Get-Date).AddDays(-7), a DateTimeOffset, or an ISO 8601 string such as '2026-01-31T00:00:00Z'.");
                default:
                    return value;
            }
        }
    }
}
