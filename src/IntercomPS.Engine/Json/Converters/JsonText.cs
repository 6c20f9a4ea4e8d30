using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>Small helpers over the text of the current token.</summary>
    internal static class JsonText
    {
        /// <summary>The token's text as it appears in the JSON (numbers keep their exact spelling).</summary>
        public static string RawTokenText(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var integer))
            {
                return integer.ToString(CultureInfo.InvariantCulture);
            }
            var bytes = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
            return Encoding.UTF8.GetString(bytes);
        }

        /// <summary>A string token's value trimmed, or null when it is empty: the API's way of saying "unset" in some fields.</summary>
        public static string? TrimmedOrNull(ref Utf8JsonReader reader)
        {
            var text = reader.GetString();
            if (text == null) return null;
            text = text.Trim();
            return text.Length == 0 ? null : text;
        }
    }
}
