using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Xunit.Sdk;

namespace IntercomPS.Engine.Tests.Models
{
    /// <summary>
    /// Asserts that JSON written back from a model still holds everything the original held: every non-null member,
    /// recursively, with equal values. The engine's normalizations are accepted: numeric ids come back as strings,
    /// null members and null list items are left out, a whole number sent as text comes back as a number, an avatar URL comes back inside an avatar object, and an ISO 8601 timestamp comes back
    /// as the same instant in UTC (<c>2025-01-24T10:01:20.000Z</c> as <c>2025-01-24T10:01:20Z</c>).
    /// </summary>
    internal static class JsonPreservation
    {
        public static void AssertPreserved(JsonElement original, JsonElement rewritten, string path = "$")
        {
            switch (original.ValueKind)
            {
                case JsonValueKind.Null:
                case JsonValueKind.Undefined:
                    return;
                case JsonValueKind.Object:
                    if (rewritten.ValueKind != JsonValueKind.Object) throw Fail(path, original, rewritten);
                    foreach (var member in original.EnumerateObject())
                    {
                        if (member.Value.ValueKind == JsonValueKind.Null) continue;
                        if (!rewritten.TryGetProperty(member.Name, out var counterpart))
                        {
                            throw new XunitException($"{path}.{member.Name} was lost (it held {member.Value.GetRawText()}).");
                        }
                        AssertPreserved(member.Value, counterpart, $"{path}.{member.Name}");
                    }
                    return;
                case JsonValueKind.Array:
                    if (rewritten.ValueKind != JsonValueKind.Array) throw Fail(path, original, rewritten);
                    var items = original.EnumerateArray().Where(item => item.ValueKind != JsonValueKind.Null).ToArray();
                    var rewrittenItems = rewritten.EnumerateArray().Where(item => item.ValueKind != JsonValueKind.Null).ToArray();
                    if (items.Length != rewrittenItems.Length) throw Fail(path, original, rewritten);
                    for (var i = 0; i < items.Length; i++) AssertPreserved(items[i], rewrittenItems[i], $"{path}[{i}]");
                    return;
                default:
                    if (!ScalarEquals(original, rewritten)) throw Fail(path, original, rewritten);
                    return;
            }
        }

        private static bool ScalarEquals(JsonElement original, JsonElement rewritten)
        {
            switch (original.ValueKind)
            {
                case JsonValueKind.String:
                    if (rewritten.ValueKind == JsonValueKind.String)
                    {
                        return original.GetString() == rewritten.GetString() || SameInstant(original.GetString()!, rewritten.GetString()!);
                    }
                    // An avatar given as its URL is written back as {"type": "avatar", "image_url": URL}.
                    // A whole number sent as text ("order": "1") is written back as the number it is.
                    if (rewritten.ValueKind == JsonValueKind.Number)
                    {
                        return long.TryParse(original.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                               && rewritten.TryGetInt64(out var written) && number == written;
                    }
                    return rewritten.ValueKind == JsonValueKind.Object
                           && rewritten.EnumerateObject().Any(member => member.Value.ValueKind == JsonValueKind.String
                                                                       && member.Value.GetString() == original.GetString());
                case JsonValueKind.Number:
                    if (rewritten.ValueKind == JsonValueKind.String) return rewritten.GetString() == original.GetRawText();
                    return rewritten.ValueKind == JsonValueKind.Number
                           && double.Parse(original.GetRawText(), CultureInfo.InvariantCulture)
                           == double.Parse(rewritten.GetRawText(), CultureInfo.InvariantCulture);
                default:
                    return original.ValueKind == rewritten.ValueKind;
            }
        }

        private static bool SameInstant(string original, string rewritten) =>
            original.Contains('T') && rewritten.EndsWith("Z", StringComparison.Ordinal)
            && DateTimeOffset.TryParse(original, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var sent)
            && DateTimeOffset.TryParse(rewritten, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var written)
            && sent == written;

        private static XunitException Fail(string path, JsonElement original, JsonElement rewritten) =>
            new XunitException($"{path} changed: {original.GetRawText()} was written back as {rewritten.GetRawText()}.");
    }
}
