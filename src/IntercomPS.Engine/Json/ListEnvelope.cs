using System.Text;
using System.Text.Json;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Json
{
    /// <summary>What a list object holds: its items and what it says about the rest (counts, pages, cursors).</summary>
    internal sealed class ListEnvelope<T> where T : class
    {
        public List<T> Items { get; } = new List<T>();

        /// <summary>The member the items were found under; null when there were none.</summary>
        public string? ItemsPropertyFound { get; set; }

        /// <summary>True when the items member held an array (not missing, null, or some other value).</summary>
        public bool ItemsWereArray { get; set; }

        public string? Type { get; set; }

        public int? TotalCount { get; set; }

        public bool? HasMore { get; set; }

        public string? Url { get; set; }

        public string? NextCursor { get; set; }

        public string? NextPageUrl { get; set; }

        public int? Page { get; set; }

        public int? PerPage { get; set; }

        public int? TotalPages { get; set; }

        public string? ScrollParam { get; set; }

        public Dictionary<string, object?>? Extras { get; set; }

        public void AddExtra(string name, object? value) =>
            (Extras ??= new Dictionary<string, object?>(System.StringComparer.Ordinal))[name] = value;
    }

    /// <summary>
    /// Reads list objects, the top-level pages of list and search responses as well as the lists nested in objects,
    /// in one forward pass.
    /// </summary>
    internal static class ListEnvelope
    {
        public static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
        public static readonly JsonEncodedText TotalCountName = JsonEncodedText.Encode("total_count");
        public static readonly JsonEncodedText HasMoreName = JsonEncodedText.Encode("has_more");
        public static readonly JsonEncodedText UrlName = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText PagesName = JsonEncodedText.Encode("pages");
        public static readonly JsonEncodedText ScrollParamName = JsonEncodedText.Encode("scroll_param");
        private static readonly JsonEncodedText NextName = JsonEncodedText.Encode("next");
        private static readonly JsonEncodedText StartingAfterName = JsonEncodedText.Encode("starting_after");
        private static readonly JsonEncodedText PageName = JsonEncodedText.Encode("page");
        private static readonly JsonEncodedText PerPageName = JsonEncodedText.Encode("per_page");
        private static readonly JsonEncodedText TotalPagesName = JsonEncodedText.Encode("total_pages");

        /// <summary>
        /// Reads the list object the reader is on. The items are under <paramref name="itemsProperty"/>, or under
        /// <c>data</c> when that is missing (the spec and its own examples disagree for some lists). Returns null, with
        /// the reader not moved, when an item has a shape the item converter declines.
        /// </summary>
        /// <param name="itemsPropertyUtf8"><paramref name="itemsProperty"/> in UTF-8, encoded once by the caller.</param>
        /// <param name="readPages">Read <c>pages</c> and <c>scroll_param</c> as paging facts (top-level pages only).</param>
        /// <param name="raw">When set, the bytes the reader reads, so each item can keep its JSON verbatim.</param>
        public static ListEnvelope<T>? TryRead<T>(ref Utf8JsonReader reader, FlexibleConverter<T?> itemConverter,
            string itemsProperty, byte[] itemsPropertyUtf8, bool readPages, RawSource? raw, out string? failure) where T : class
        {
            failure = null;
            var checkpoint = reader;
            var envelope = new ListEnvelope<T>();
            var itemsAreData = itemsProperty == "data";
            var itemsFromData = false;
            var dataStart = default(Utf8JsonReader);
            // "data.articles": the items are an array inside an object member (GET /articles/search).
            var dot = itemsProperty.IndexOf('.');
            var outerName = dot < 0 ? null : Encoding.UTF8.GetBytes(itemsProperty.Substring(0, dot));
            var innerName = dot < 0 ? null : Encoding.UTF8.GetBytes(itemsProperty.Substring(dot + 1));

            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                if (outerName != null && reader.ValueTextEquals(outerName))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        envelope.AddExtra(itemsProperty.Substring(0, dot), PlainJson.ReadValue(ref reader));
                        continue;
                    }
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var isItems = reader.ValueTextEquals(innerName);
                        reader.Read();
                        if (!isItems || reader.TokenType != JsonTokenType.StartArray)
                        {
                            // What accompanies the items there (a search's highlights) describes the answer, not the list.
                            if (isItems) envelope.ItemsPropertyFound = itemsProperty;
                            reader.Skip();
                            continue;
                        }
                        if (!TryReadNamedItems(ref reader, itemConverter, envelope, itemsProperty, raw, out failure))
                        {
                            reader = checkpoint;
                            return null;
                        }
                    }
                    continue;
                }
                if (reader.ValueTextEquals(itemsPropertyUtf8))
                {
                    reader.Read();
                    if (itemsFromData)
                    {
                        // The named member wins: what was read from data goes back to being an unknown member.
                        envelope.Items.Clear();
                        var dataAgain = dataStart;
                        envelope.AddExtra("data", PlainJson.ReadValue(ref dataAgain));
                        itemsFromData = false;
                    }
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        if (!TryReadNamedItems(ref reader, itemConverter, envelope, itemsProperty, raw, out failure))
                        {
                            reader = checkpoint;
                            return null;
                        }
                    }
                    else if (reader.TokenType == JsonTokenType.Null)
                    {
                        envelope.ItemsPropertyFound = itemsProperty;
                        envelope.ItemsWereArray = false;
                    }
                    else
                    {
                        envelope.ItemsWereArray = false;
                        envelope.AddExtra(itemsProperty, PlainJson.ReadValue(ref reader));
                    }
                    continue;
                }

                if (!itemsAreData && envelope.ItemsPropertyFound == null && reader.ValueTextEquals(DataName.EncodedUtf8Bytes))
                {
                    reader.Read();
                    dataStart = reader;
                    if (reader.TokenType == JsonTokenType.StartArray
                        && TryReadItems(ref reader, itemConverter, envelope.Items, raw, out _))
                    {
                        itemsFromData = true;
                        envelope.ItemsPropertyFound = "data";
                        envelope.ItemsWereArray = true;
                    }
                    else
                    {
                        envelope.Items.Clear();
                        reader = dataStart;
                        envelope.AddExtra("data", PlainJson.ReadValue(ref reader));
                    }
                    continue;
                }

                if (reader.ValueTextEquals(TypeName.EncodedUtf8Bytes))
                {
                    if (TryReadMember(ref reader, FlexibleStringConverter.Instance, envelope, "type", out var type)) envelope.Type = type;
                }
                else if (reader.ValueTextEquals(TotalCountName.EncodedUtf8Bytes))
                {
                    if (TryReadMember(ref reader, FlexibleInt32Converter.Instance, envelope, "total_count", out var total)) envelope.TotalCount = total;
                }
                else if (reader.ValueTextEquals(HasMoreName.EncodedUtf8Bytes))
                {
                    if (TryReadMember(ref reader, FlexibleBooleanConverter.Instance, envelope, "has_more", out var hasMore)) envelope.HasMore = hasMore;
                }
                else if (reader.ValueTextEquals(UrlName.EncodedUtf8Bytes))
                {
                    if (TryReadMember(ref reader, FlexibleStringConverter.Instance, envelope, "url", out var url)) envelope.Url = url;
                }
                else if (readPages && reader.ValueTextEquals(PagesName.EncodedUtf8Bytes))
                {
                    reader.Read();
                    ReadPages(ref reader, envelope);
                }
                else if (readPages && reader.ValueTextEquals(ScrollParamName.EncodedUtf8Bytes))
                {
                    if (TryReadMember(ref reader, FlexibleStringConverter.Instance, envelope, "scroll_param", out var scrollParam)) envelope.ScrollParam = scrollParam;
                }
                else
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    envelope.AddExtra(name, PlainJson.ReadValue(ref reader));
                }
            }
            return envelope;
        }

        /// <summary>
        /// Reads the array the reader is on into <paramref name="items"/>, skipping null items. Returns false, with
        /// the reader somewhere inside the array, at the first item the converter declines.
        /// </summary>
        public static bool TryReadItems<T>(ref Utf8JsonReader reader, FlexibleConverter<T?> itemConverter, List<T> items,
            RawSource? raw, out JsonTokenType badToken) where T : class
        {
            badToken = JsonTokenType.None;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null) continue;
                var start = reader.TokenStartIndex;
                if (!itemConverter.TryRead(ref reader, out var item))
                {
                    badToken = reader.TokenType;
                    return false;
                }
                if (item == null) continue;
                if (raw != null && item is IntercomObject model)
                {
                    model.RawJson = raw.Text(start, reader.BytesConsumed);
                }
                items.Add(item);
            }
            return true;
        }

        /// <summary>
        /// <c>pages</c> says where the next page is: <c>next.starting_after</c> (cursor lists), <c>next</c> as a URL
        /// (page-numbered lists), or nothing on the last page. Members it does not know are skipped: they describe
        /// the response, not the data.
        /// </summary>
        /// <summary>The items array of <paramref name="itemsProperty"/>; false, with what went wrong, when an item has a shape the item converter declines.</summary>
        private static bool TryReadNamedItems<T>(ref Utf8JsonReader reader, FlexibleConverter<T?> itemConverter, ListEnvelope<T> envelope,
            string itemsProperty, RawSource? raw, out string? failure) where T : class
        {
            if (!TryReadItems(ref reader, itemConverter, envelope.Items, raw, out var badToken))
            {
                failure = $"An item of '{itemsProperty}' is {Describe(badToken)}, which {typeof(T).Name} cannot hold.";
                return false;
            }
            failure = null;
            envelope.ItemsPropertyFound = itemsProperty;
            envelope.ItemsWereArray = true;
            return true;
        }

        /// <summary>
        /// Reads the value of the member the reader is on; a value the converter declines is kept among the envelope's
        /// extras under <paramref name="name"/>, and false is returned.
        /// </summary>
        private static bool TryReadMember<TMember, T>(ref Utf8JsonReader reader, FlexibleConverter<TMember> converter, ListEnvelope<T> envelope, string name, out TMember value)
            where T : class
        {
            reader.Read();
            if (converter.TryRead(ref reader, out value)) return true;
            envelope.AddExtra(name, PlainJson.ReadValue(ref reader));
            return false;
        }

        private static void ReadPages<T>(ref Utf8JsonReader reader, ListEnvelope<T> envelope) where T : class
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                if (reader.TokenType != JsonTokenType.Null) envelope.AddExtra("pages", PlainJson.ReadValue(ref reader));
                return;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                if (reader.ValueTextEquals(NextName.EncodedUtf8Bytes))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String) envelope.NextPageUrl = JsonText.TrimmedOrNull(ref reader);
                    else if (reader.TokenType == JsonTokenType.StartObject) envelope.NextCursor = ReadStartingAfter(ref reader);
                    else reader.Skip();
                }
                else if (reader.ValueTextEquals(PageName.EncodedUtf8Bytes)) envelope.Page = ReadInt(ref reader);
                else if (reader.ValueTextEquals(PerPageName.EncodedUtf8Bytes)) envelope.PerPage = ReadInt(ref reader);
                else if (reader.ValueTextEquals(TotalPagesName.EncodedUtf8Bytes)) envelope.TotalPages = ReadInt(ref reader);
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }

        private static string? ReadStartingAfter(ref Utf8JsonReader reader)
        {
            string? cursor = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var isCursor = reader.ValueTextEquals(StartingAfterName.EncodedUtf8Bytes);
                reader.Read();
                if (isCursor && FlexibleStringConverter.Instance.TryRead(ref reader, out var value))
                {
                    // An empty cursor would restart the listing from the beginning: treat it as "no next page".
                    cursor = string.IsNullOrEmpty(value) ? null : value;
                }
                else reader.Skip();
            }
            return cursor;
        }

        private static int? ReadInt(ref Utf8JsonReader reader)
        {
            reader.Read();
            if (FlexibleInt32Converter.Instance.TryRead(ref reader, out var value)) return value;
            reader.Skip();
            return null;
        }

        private static string Describe(JsonTokenType token)
        {
            switch (token)
            {
                case JsonTokenType.StartObject: return "an object";
                case JsonTokenType.StartArray: return "an array";
                case JsonTokenType.String: return "a string";
                case JsonTokenType.Number: return "a number";
                case JsonTokenType.True:
                case JsonTokenType.False: return "a boolean";
                default: return token.ToString();
            }
        }
    }

    /// <summary>The bytes a reader reads, so that values can be cut out of them verbatim.</summary>
    /// <param name="offset">Where in <paramref name="bytes"/> the reader's input starts.</param>
    internal sealed class RawSource(byte[] bytes, int offset)
    {
        private readonly byte[] _bytes = bytes;
        private readonly int _offset = offset;

        /// <summary>The text between two positions of the reader (TokenStartIndex, BytesConsumed).</summary>
        public string Text(long start, long end) => Encoding.UTF8.GetString(_bytes, _offset + (int)start, (int)(end - start));
    }
}
