using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// An avatar as its image URL. The admin schema sends the URL itself, GET /me and contacts send
    /// <c>{"type": "avatar", "image_url": ...}</c>; both read as the URL. The object's <c>type</c> is always
    /// <c>avatar</c>, so only the URL is kept.
    /// </summary>
    internal sealed class AvatarUrlConverter : FlexibleConverter<string?>
    {
        public static readonly AvatarUrlConverter Instance = new AvatarUrlConverter();

        private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
        private static readonly JsonEncodedText ImageUrlName = JsonEncodedText.Encode("image_url");

        public override bool TryRead(ref Utf8JsonReader reader, out string? value)
        {
            if (reader.TokenType != JsonTokenType.StartObject) return FlexibleStringConverter.Instance.TryRead(ref reader, out value);

            value = null;
            var checkpoint = reader;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var isImageUrl = reader.ValueTextEquals(ImageUrlName.EncodedUtf8Bytes);
                var isType = reader.ValueTextEquals(TypeName.EncodedUtf8Bytes);
                reader.Read();
                if (isType && reader.TokenType == JsonTokenType.String) continue;
                if (!isImageUrl || !FlexibleStringConverter.Instance.TryRead(ref reader, out value))
                {
                    // Anything else in the object would be lost: decline, so the whole object is kept instead.
                    reader = checkpoint;
                    value = null;
                    return false;
                }
            }
            return true;
        }

        public override void WriteValue(Utf8JsonWriter writer, string? value)
        {
            writer.WriteStartObject();
            writer.WriteString(TypeName, "avatar");
            writer.WriteString(ImageUrlName, value);
            writer.WriteEndObject();
        }
    }
}
