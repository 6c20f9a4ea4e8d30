using System.Text;
using System.Text.Json;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// A nested list, whether the API sends a bare array or a wrapper such as
    /// <c>{"type": "tag.list", "tags": [...]}</c> or <c>{"type": "list", "data": [...], "total_count": 3, "has_more": false}</c>.
    /// Declines (so the parent keeps the value as is) when an item has a shape the item type cannot hold.
    /// </summary>
    /// <param name="itemsProperty">The wrapper member holding the items; <c>data</c> is accepted too.</param>
    internal sealed class EmbeddedListConverter<TItem>(FlexibleConverter<TItem?> itemConverter, string itemsProperty)
        : FlexibleConverter<EmbeddedList<TItem>?> where TItem : class
    {
        private readonly FlexibleConverter<TItem?> _itemConverter = itemConverter;
        private readonly string _itemsProperty = itemsProperty;
        private readonly byte[] _itemsPropertyUtf8 = Encoding.UTF8.GetBytes(itemsProperty);

        public override bool TryRead(ref Utf8JsonReader reader, out EmbeddedList<TItem>? value)
        {
            value = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.StartArray:
                    var checkpoint = reader;
                    var items = new List<TItem>();
                    if (!ListEnvelope.TryReadItems(ref reader, _itemConverter, items, null, out _))
                    {
                        reader = checkpoint;
                        return false;
                    }
                    value = new EmbeddedList<TItem>(items);
                    return true;
                case JsonTokenType.StartObject:
                    var envelope = ListEnvelope.TryRead(ref reader, _itemConverter, _itemsProperty, _itemsPropertyUtf8,
                        readPages: false, raw: null, out _);
                    if (envelope == null) return false;
                    value = new EmbeddedList<TItem>(envelope.Items)
                    {
                        ListType = envelope.Type,
                        TotalCount = envelope.TotalCount,
                        HasMore = envelope.HasMore,
                        ListUrl = envelope.Url,
                        WrapperItemsProperty = envelope.ItemsPropertyFound ?? _itemsProperty,
                        WrapperExtras = envelope.Extras,
                    };
                    return true;
                default:
                    return false;
            }
        }

        public override void WriteValue(Utf8JsonWriter writer, EmbeddedList<TItem>? value)
        {
            var list = value!;
            if (list.WrapperItemsProperty == null)
            {
                WriteItems(writer, list);
                return;
            }

            writer.WriteStartObject();
            if (list.ListType != null) writer.WriteString(ListEnvelope.TypeName, list.ListType);
            writer.WritePropertyName(list.WrapperItemsProperty);
            WriteItems(writer, list);
            if (list.TotalCount.HasValue) writer.WriteNumber(ListEnvelope.TotalCountName, list.TotalCount.Value);
            if (list.HasMore.HasValue) writer.WriteBoolean(ListEnvelope.HasMoreName, list.HasMore.Value);
            if (list.ListUrl != null) writer.WriteString(ListEnvelope.UrlName, list.ListUrl);
            if (list.WrapperExtras != null)
            {
                foreach (var extra in list.WrapperExtras)
                {
                    writer.WritePropertyName(extra.Key);
                    PlainJson.WriteValue(writer, extra.Value);
                }
            }
            writer.WriteEndObject();
        }

        private void WriteItems(Utf8JsonWriter writer, EmbeddedList<TItem> list)
        {
            writer.WriteStartArray();
            foreach (var item in list)
            {
                if (item == null) writer.WriteNullValue();
                else _itemConverter.WriteValue(writer, item);
            }
            writer.WriteEndArray();
        }
    }
}
