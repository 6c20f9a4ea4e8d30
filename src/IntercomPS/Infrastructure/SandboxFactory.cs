using System.Collections;
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

            string? failContaining = null;
            var rateLimitEvery = 0;
            foreach (DictionaryEntry entry in settings)
            {
                var name = entry.Key?.ToString() ?? string.Empty;
                var value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
                if (string.Equals(name, FailRequestsContaining, StringComparison.OrdinalIgnoreCase))
                {
                    failContaining = value?.ToString();
                    continue;
                }
                if (string.Equals(name, RateLimitEvery, StringComparison.OrdinalIgnoreCase))
                {
                    rateLimitEvery = LanguagePrimitives.ConvertTo<int>(value);
                    continue;
                }
                if (!TrySet(options, name, entry.Value) && !TrySet(options.Faults, name, entry.Value))
                {
                    throw new ArgumentException(
                        $"Unknown sandbox setting '{name}'. Use a property of SandboxOptions (ConversationCount, ContactCount, RangeStart, RangeEnd, InclusiveDateComparison, RateLimitPerMinute, Seed...) or of SandboxFaults (ServerErrorRate, DropConnectionRate, MalformedBodyRate, Latency...), or {FailRequestsContaining} / {RateLimitEvery}.");
                }
            }
            if (failContaining != null || rateLimitEvery > 0)
            {
                options.Faults.Decide = TargetedFaults(failContaining, rateLimitEvery);
            }
            return options;
        }

        /// <summary>Setting: every request whose body contains this text is answered 500 (e.g. one window's bound).</summary>
        public const string FailRequestsContaining = "FailRequestsContaining";

        /// <summary>Setting: every Nth request is answered 429, as bursts of other clients sharing the app would cause.</summary>
        public const string RateLimitEvery = "RateLimitEvery";

        private static Func<SandboxRequest, SandboxFault?> TargetedFaults(string? failContaining, int rateLimitEvery)
        {
            long seen = 0;
            return request =>
            {
                if (failContaining != null && request.Body != null && request.Body.IndexOf(failContaining, StringComparison.Ordinal) >= 0)
                {
                    return SandboxFault.ServerError500;
                }
                if (rateLimitEvery > 0 && System.Threading.Interlocked.Increment(ref seen) % rateLimitEvery == 0)
                {
                    return SandboxFault.RateLimited429;
                }
                return null; // the configured rates decide
            };
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
