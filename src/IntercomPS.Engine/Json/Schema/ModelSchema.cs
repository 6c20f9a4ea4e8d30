using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Json
{
    /// <summary>What the rest of the JSON layer needs to know about a model's mapping, whatever its type.</summary>
    internal interface IModelSchema
    {
        Type ModelType { get; }

        /// <summary>The model's converter, a <c>FlexibleConverter&lt;TModel&gt;</c> (and so a <see cref="JsonConverter"/>).</summary>
        JsonConverter Converter { get; }

        /// <summary>The JSON names of the mapped fields, <c>type</c> included.</summary>
        IReadOnlyList<string> FieldNames { get; }

        void WriteObject(Utf8JsonWriter writer, IntercomObject model);
    }

    /// <summary>
    /// How one model maps to JSON: for each JSON name, the converter that reads it and the property that holds it.
    /// Reading keeps what it cannot map: unknown members, and members whose value the converter declines, go to
    /// <see cref="IntercomObject.AdditionalProperties"/> as plain values.
    /// </summary>
    internal sealed class ModelSchema<TModel> : IModelSchema where TModel : IntercomObject, new()
    {
        private FieldBinding<TModel>[] _fields = Array.Empty<FieldBinding<TModel>>();

        public ModelSchema()
        {
            Converter = new ModelConverter<TModel>(this);
            Map("type", FlexibleStringConverter.Instance, model => model.Type, (model, value) => model.Type = value);
        }

        public Type ModelType => typeof(TModel);

        public ModelConverter<TModel> Converter { get; }

        JsonConverter IModelSchema.Converter => Converter;

        public IReadOnlyList<string> FieldNames => _fields.Select(binding => binding.JsonName).ToArray();

        public ModelSchema<TModel> Map<TValue>(string jsonName, FlexibleConverter<TValue> converter,
            Func<TModel, TValue> get, Action<TModel, TValue> set)
        {
            if (_fields.Any(field => field.JsonName == jsonName))
            {
                throw new InvalidOperationException($"{typeof(TModel).Name} maps '{jsonName}' twice.");
            }
            _fields = _fields.Concat(new FieldBinding<TModel>[] { new FieldBinding<TModel, TValue>(jsonName, converter, get, set) }).ToArray();
            return this;
        }

        /// <summary>Reads the object the reader is on (a StartObject token), leaving the reader on its EndObject.</summary>
        public TModel Read(ref Utf8JsonReader reader)
        {
            var model = new TModel();
            // The API writes an object's members in the same order every time, so the member after the one just
            // matched is almost always the next one: a comparison or two per member instead of a scan.
            var expected = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var field = Find(ref reader, ref expected);
                var unknownName = field == null ? reader.GetString() : null;
                reader.Read();
                if (field != null)
                {
                    if (field.TryRead(ref reader, model)) continue;
                    unknownName = field.JsonName;
                }
                model.AdditionalProperties[unknownName!] = PlainJson.ReadValue(ref reader);
            }
            model.AfterRead();
            return model;
        }

        public void Write(Utf8JsonWriter writer, TModel model)
        {
            writer.WriteStartObject();
            HashSet<string>? written = null;
            foreach (var field in _fields)
            {
                if (field.TryWrite(writer, model)) (written ??= new HashSet<string>(StringComparer.Ordinal)).Add(field.JsonName);
            }
            if (model.HasAdditionalProperties)
            {
                foreach (var extra in model.AdditionalProperties)
                {
                    if (written != null && written.Contains(extra.Key)) continue;
                    writer.WritePropertyName(extra.Key);
                    PlainJson.WriteValue(writer, extra.Value);
                }
            }
            writer.WriteEndObject();
        }

        void IModelSchema.WriteObject(Utf8JsonWriter writer, IntercomObject model) => Write(writer, (TModel)model);

        private FieldBinding<TModel>? Find(ref Utf8JsonReader reader, ref int expected)
        {
            var fields = _fields;
            for (var tried = 0; tried < fields.Length; tried++)
            {
                var index = expected + tried;
                if (index >= fields.Length) index -= fields.Length;
                if (reader.ValueTextEquals(fields[index].Utf8Name))
                {
                    expected = index + 1 == fields.Length ? 0 : index + 1;
                    return fields[index];
                }
            }
            return null;
        }
    }

    internal abstract class FieldBinding<TModel>
    {
        protected FieldBinding(string jsonName)
        {
            JsonName = jsonName;
            Utf8Name = Encoding.UTF8.GetBytes(jsonName);
            EncodedName = JsonEncodedText.Encode(jsonName);
        }

        public string JsonName { get; }

        public byte[] Utf8Name { get; }

        protected JsonEncodedText EncodedName { get; }

        /// <summary>Reads the value into the model; false (reader not moved) when the converter declines it.</summary>
        public abstract bool TryRead(ref Utf8JsonReader reader, TModel model);

        /// <summary>Writes the member unless the model's value is null; says whether it wrote.</summary>
        public abstract bool TryWrite(Utf8JsonWriter writer, TModel model);
    }

    internal sealed class FieldBinding<TModel, TValue>(string jsonName, FlexibleConverter<TValue> converter, Func<TModel, TValue> get, Action<TModel, TValue> set)
        : FieldBinding<TModel>(jsonName)
    {
        private readonly FlexibleConverter<TValue> _converter = converter;
        private readonly Func<TModel, TValue> _get = get;
        private readonly Action<TModel, TValue> _set = set;

        public override bool TryRead(ref Utf8JsonReader reader, TModel model)
        {
            if (!_converter.TryRead(ref reader, out var value)) return false;
            _set(model, value);
            return true;
        }

        public override bool TryWrite(Utf8JsonWriter writer, TModel model)
        {
            var value = _get(model);
            if (value is null) return false;
            writer.WritePropertyName(EncodedName);
            _converter.WriteValue(writer, value);
            return true;
        }
    }
}
