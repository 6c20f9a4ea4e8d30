using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// Strings and ids. Ids are strings in the engine whatever the spec says: several changed between integer and
    /// string across API versions (admin_assignee_id, owner_id...), so a number is taken in its exact JSON spelling.
    /// </summary>
    /// <remarks>A boolean, object or array is declined rather than flattened to text, so its type is not lost.</remarks>
    internal sealed class FlexibleStringConverter : FlexibleConverter<string?>
    {
        public static readonly FlexibleStringConverter Instance = new FlexibleStringConverter();

        public override bool TryRead(ref Utf8JsonReader reader, out string? value)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    value = reader.GetString();
                    return true;
                case JsonTokenType.Number:
                    value = JsonText.RawTokenText(ref reader);
                    return true;
                case JsonTokenType.Null:
                    value = null;
                    return true;
                default:
                    value = null;
                    return false;
            }
        }

        public override void WriteValue(Utf8JsonWriter writer, string? value) => writer.WriteStringValue(value);
    }
}
