using System;
using System.Collections;
using System.Management.Automation;
using System.Reflection;
using IntercomPS.Sandbox;

namespace IntercomPS.Infrastructure
{
    /// <summary>Builds sandbox options from -SandboxSettings, a hashtable keyed by SandboxOptions or SandboxFaults property names.</summary>
    internal static class SandboxFactory
    {
        public static SandboxOptions CreateOptions(Hashtable? settings)
        {
            // Interactive users look at "the last 30 days": end the generated range tomorrow (UTC), stable within a day.
            var end = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1), TimeSpan.Zero);
            var options = new SandboxOptions { RangeEnd = end, RangeStart = end.AddDays(-90) };
            if (settings == null) return options;

            foreach (DictionaryEntry entry in settings)
            {
                var name = entry.Key?.ToString() ?? string.Empty;
                if (!TrySet(options, name, entry.Value) && !TrySet(options.Faults, name, entry.Value))
                {
                    throw new ArgumentException(
                        $"Unknown sandbox setting '{name}'. Use a property of SandboxOptions (ConversationCount, ContactCount, RangeStart, RangeEnd, InclusiveDateComparison, RateLimitPerMinute, Seed...) or of SandboxFaults (ServerErrorRate, DropConnectionRate, MalformedBodyRate, Latency...).");
                }
            }
            return options;
        }

        private static bool TrySet(object target, string name, object? value)
        {
            var property = target.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property == null || !property.CanWrite) return false;
            var raw = value is PSObject pso ? pso.BaseObject : value;
            property.SetValue(target, LanguagePrimitives.ConvertTo(raw, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }
    }
}
