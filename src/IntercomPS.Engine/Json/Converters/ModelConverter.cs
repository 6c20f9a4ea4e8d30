using System.Text.Json;
using System.Text.Json.Serialization;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Json
{
    /// <summary>A mapped model, read and written through its <see cref="ModelSchema{TModel}"/>.</summary>
    internal sealed class ModelConverter<TModel> : FlexibleConverter<TModel?> where TModel : IntercomObject, new()
    {
        private readonly ModelSchema<TModel> _schema;

        public ModelConverter(ModelSchema<TModel> schema)
        {
            _schema = schema;
        }

        public override bool TryRead(ref Utf8JsonReader reader, out TModel? value)
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Null) return true;
            if (reader.TokenType != JsonTokenType.StartObject) return false;
            value = _schema.Read(ref reader);
            return true;
        }

        public override void WriteValue(Utf8JsonWriter writer, TModel? value) => _schema.Write(writer, value!);
    }

    /// <summary>Lets <see cref="JsonSerializer"/> handle models nested in other types (a <c>List&lt;Tag&gt;</c>, a request object).</summary>
    internal sealed class ModelConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => Schemas.Find(typeToConvert) != null;

        public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter?)Schemas.Find(typeToConvert)?.Converter;
    }
}
