using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// A scalar the API sends as a number or as text (<c>"42"</c>): null and blank text read as unset, so that each
    /// converter states only how it reads a number and a text, and which other tokens (if any) it takes.
    /// </summary>
    internal abstract class FlexibleScalarConverter<T> : FlexibleConverter<T?> where T : struct
    {
        public sealed override bool TryRead(ref Utf8JsonReader reader, out T? value)
        {
            value = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.Number:
                    value = FromNumber(ref reader);
                    return value.HasValue;
                case JsonTokenType.String:
                    var text = JsonText.TrimmedOrNull(ref reader);
                    if (text == null) return true;
                    value = FromText(text);
                    return value.HasValue;
                default:
                    value = FromOtherToken(reader.TokenType);
                    return value.HasValue;
            }
        }

        /// <summary>The number token's value; null declines it.</summary>
        protected abstract T? FromNumber(ref Utf8JsonReader reader);

        /// <summary>The value of trimmed, non-empty text; null declines it.</summary>
        protected abstract T? FromText(string text);

        /// <summary>The value of a token other than null, a number or a string; null (the default) declines it.</summary>
        protected virtual T? FromOtherToken(JsonTokenType token) => null;
    }
}
