using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>The converter the reading API uses for a requested type: the model's, a plain one, or the serializer's.</summary>
    internal static class ConverterFor<T>
    {
        public static readonly FlexibleConverter<T?> Instance = (FlexibleConverter<T?>)Create(typeof(T));

        private static object Create(Type type)
        {
            var schema = Schemas.Find(type);
            if (schema != null) return schema.Converter;
            if (type == typeof(object)) return PlainValueConverter.Instance;
            if (type == typeof(IDictionary<string, object?>)) return PlainObjectConverter.Instance;
            if (type == typeof(string)) return FlexibleStringConverter.Instance;
            return new SerializerConverter<T>();
        }
    }

    /// <summary>Types without a mapping of their own go through <see cref="JsonSerializer"/> with the shared options.</summary>
    internal sealed class SerializerConverter<T> : FlexibleConverter<T?>
    {
        public override bool TryRead(ref Utf8JsonReader reader, out T? value)
        {
            value = JsonSerializer.Deserialize<T>(ref reader, IntercomJson.Options);
            return true;
        }

        public override void WriteValue(Utf8JsonWriter writer, T? value) =>
            JsonSerializer.Serialize(writer, value, IntercomJson.Options);
    }
}
