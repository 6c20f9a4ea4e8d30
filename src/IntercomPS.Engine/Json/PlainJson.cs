using System.Collections;
using System.Globalization;
using System.Text.Json;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// JSON as plain .NET values, the only form that crosses into other layers: objects become
    /// <c>Dictionary&lt;string, object?&gt;</c> (case-sensitive keys, in document order), arrays <c>List&lt;object?&gt;</c>,
    /// integers <c>long</c>, other numbers <c>double</c>, and strings, booleans and null themselves.
    /// </summary>
    internal static class PlainJson
    {
        public static object? ReadValue(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return ReadObject(ref reader);
                case JsonTokenType.StartArray:
                    var list = new List<object?>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(ReadValue(ref reader));
                    return list;
                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.Number:
                    return ReadNumber(ref reader);
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                case JsonTokenType.Null:
                    return null;
                default:
                    throw new JsonException($"Expected a JSON value, found {reader.TokenType}.");
            }
        }

        public static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader)
        {
            var result = new PlainObject();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString()!;
                reader.Read();
                result[name] = ReadValue(ref reader);
            }
            return result;
        }

        private static object ReadNumber(ref Utf8JsonReader reader)
        {
            if (reader.TryGetInt64(out var integer)) return integer;
            if (reader.TryGetDouble(out var real) && !double.IsInfinity(real)) return real;
            // Beyond double's range: keep the digits rather than invent a value.
            return JsonText.RawTokenText(ref reader);
        }

        /// <summary>
        /// Writes a graph of plain values, dictionaries (generic or not, such as PowerShell hashtables), sequences and
        /// models. Dates become unix seconds, Intercom's only timestamp format. Anything else goes to
        /// <see cref="JsonSerializer"/>.
        /// </summary>
        public static void WriteValue(Utf8JsonWriter writer, object? value)
        {
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    return;
                case string text:
                    writer.WriteStringValue(text);
                    return;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    return;
                case double _:
                case float _:
                    WriteFinite(writer, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                    return;
                case decimal number:
                    writer.WriteNumberValue(number);
                    return;
                case object _ when AsInt64(value) is long integer:
                    writer.WriteNumberValue(integer);
                    return;
                case ulong number:
                    writer.WriteNumberValue(number);
                    return;
                case DateTimeOffset instant:
                    UnixTimestampConverter.Instance.WriteValue(writer, instant);
                    return;
                case DateTime dateTime:
                    // Unspecified kind is local time, as everywhere in .NET (PowerShell's [datetime] casts produce it).
                    UnixTimestampConverter.Instance.WriteValue(writer, new DateTimeOffset(dateTime));
                    return;
                case char _:
                case Guid _:
                case Enum _:
                    writer.WriteStringValue(value.ToString());
                    return;
                case byte[] bytes:
                    writer.WriteBase64StringValue(bytes);
                    return;
                case JsonElement element:
                    element.WriteTo(writer);
                    return;
                case IntercomObject model when Schemas.Find(model.GetType()) is IModelSchema schema:
                    schema.WriteObject(writer, model);
                    return;
                case IDictionary<string, object?> dictionary:
                    writer.WriteStartObject();
                    foreach (var entry in dictionary)
                    {
                        writer.WritePropertyName(entry.Key);
                        WriteValue(writer, entry.Value);
                    }
                    writer.WriteEndObject();
                    return;
                case IDictionary dictionary:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                        WriteValue(writer, entry.Value);
                    }
                    writer.WriteEndObject();
                    return;
                case IEnumerable sequence:
                    writer.WriteStartArray();
                    foreach (var item in sequence) WriteValue(writer, item);
                    writer.WriteEndArray();
                    return;
                default:
                    if (value.GetType() == typeof(object))
                    {
                        // The serializer would hand a bare object back to the object converter, which is this method.
                        writer.WriteStartObject();
                        writer.WriteEndObject();
                        return;
                    }
                    JsonSerializer.Serialize(writer, value, value.GetType(), IntercomJson.Options);
                    return;
            }
        }

        /// <summary>The value as a long when it is of an integer type every value of which fits one (all but ulong); null otherwise.</summary>
        internal static long? AsInt64(object? value)
        {
            switch (value)
            {
                case long _:
                case int _:
                case short _:
                case sbyte _:
                case byte _:
                case ushort _:
                case uint _:
                    return Convert.ToInt64(value, CultureInfo.InvariantCulture);
                default:
                    return null;
            }
        }

        private static void WriteFinite(Utf8JsonWriter writer, double number)
        {
            if (double.IsNaN(number) || double.IsInfinity(number))
            {
                throw new ArgumentException($"{number} cannot be written as JSON: JSON numbers are finite.");
            }
            writer.WriteNumberValue(number);
        }
    }
}
