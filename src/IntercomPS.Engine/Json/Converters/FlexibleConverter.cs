using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// A converter that can decline a value instead of failing, so that the caller keeps the value some other way
    /// (a model keeps it in <c>AdditionalProperties</c>) when the API sends a shape the property cannot hold.
    /// </summary>
    /// <remarks>
    /// Also a regular <see cref="JsonConverter{T}"/>: used through <see cref="JsonSerializer"/> it reads a declined
    /// value as null, since the serializer offers no place to keep it.
    /// </remarks>
    internal abstract class FlexibleConverter<T> : JsonConverter<T>
    {
        public override bool HandleNull => true;

        /// <summary>
        /// Reads the value the reader is positioned on. On success the reader is left on the value's last token; on
        /// failure it has not moved, so the caller can read the value again as something else.
        /// </summary>
        public abstract bool TryRead(ref Utf8JsonReader reader, out T value);

        /// <summary>Writes a value that is not null.</summary>
        public abstract void WriteValue(Utf8JsonWriter writer, T value);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (TryRead(ref reader, out var value)) return value;
            reader.Skip();
            return default!;
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (value is null) writer.WriteNullValue();
            else WriteValue(writer, value);
        }
    }
}
