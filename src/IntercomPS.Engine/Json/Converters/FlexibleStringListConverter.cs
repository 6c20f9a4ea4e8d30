using System.Text.Json;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Json
{
    /// <summary>An array of ids or strings (<c>team_ids</c>, <c>admin_ids</c>, <c>options</c>); numbers become strings, nulls are skipped.</summary>
    internal sealed class FlexibleStringListConverter : FlexibleConverter<IReadOnlyList<string>?>
    {
        public static readonly FlexibleStringListConverter Instance = new FlexibleStringListConverter();

        public override bool TryRead(ref Utf8JsonReader reader, out IReadOnlyList<string>? value)
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Null) return true;
            if (reader.TokenType != JsonTokenType.StartArray) return false;

            var checkpoint = reader;
            var items = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (!FlexibleStringConverter.Instance.TryRead(ref reader, out var item))
                {
                    reader = checkpoint;
                    return false;
                }
                if (item != null) items.Add(item);
            }
            // A list whose text is its items, comma-separated (table cells, Export-Csv columns).
            value = new EmbeddedList<string>(items);
            return true;
        }

        public override void WriteValue(Utf8JsonWriter writer, IReadOnlyList<string>? value)
        {
            writer.WriteStartArray();
            foreach (var item in value!) writer.WriteStringValue(item);
            writer.WriteEndArray();
        }
    }
}
