using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// Reads Intercom's JSON into models, list pages and plain values, and writes request bodies. What it returns holds
    /// no System.Text.Json type, so it can cross from the engine's load context into any other.
    /// </summary>
    /// <remarks>Every reading method throws <see cref="IntercomJsonException"/> when the body is not the JSON it expects.</remarks>
    internal static class IntercomJson
    {
        private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

        private static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions
        {
            // Request bodies go to Intercom, never into HTML, so non-ASCII text is written as is rather than as \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // Deep enough for any search query (2 levels) or custom attribute; shallow enough to stop a cyclic graph early.
            MaxDepth = 64,
        };

        /// <summary>
        /// The serializer settings for what the models do not cover (plain CLR objects in a request body, types read
        /// through <see cref="Deserialize{T}"/> that are not models): snake_case names, nulls left out, unix-second
        /// dates, models through their mapping, and <c>object</c> slots as plain values rather than JsonElement.
        /// </summary>
        internal static JsonSerializerOptions Options { get; } = CreateOptions();

        /// <summary>
        /// Reads a response body holding one object (or any other type: a model's mapping is used when there is one,
        /// the serializer otherwise). <paramref name="keepRaw"/> keeps the body in the model's <c>RawJson</c>.
        /// </summary>
        public static T Deserialize<T>(byte[] utf8Json, bool keepRaw = false) =>
            Deserialize<T>(new ArraySegment<byte>(utf8Json ?? throw new ArgumentNullException(nameof(utf8Json))), keepRaw);

        /// <inheritdoc cref="Deserialize{T}(byte[], bool)"/>
        internal static T Deserialize<T>(ArraySegment<byte> utf8Json, bool keepRaw = false)
        {
            var offset = ContentStart(utf8Json);
            var reader = CreateReader(utf8Json, offset);
            try
            {
                MoveToContent(ref reader);
                if (reader.TokenType == JsonTokenType.Null)
                {
                    throw new IntercomJsonException($"Expected {typeof(T).Name}, but the body is null.", reader.TokenStartIndex);
                }
                var start = reader.TokenStartIndex;
                if (!ConverterFor<T>.Instance.TryRead(ref reader, out var value) || value == null)
                {
                    throw new IntercomJsonException($"Expected {typeof(T).Name}, but the body is {reader.TokenType}.", reader.TokenStartIndex);
                }
                var end = reader.BytesConsumed;
                EnsureEnd(ref reader);
                if (keepRaw && value is IntercomObject model) model.RawJson = new RawSource(utf8Json.Array!, offset).Text(start, end);
                return value;
            }
            catch (Exception exception) when (IsReadFailure(exception))
            {
                throw Wrap(exception, typeof(T).Name, reader.BytesConsumed);
            }
        }

        /// <summary>
        /// Reads one page of a list or search response in a single pass: the items under
        /// <paramref name="itemsProperty"/> (see <see cref="ListItemsProperty"/>), and the cursor, counts and page
        /// numbers. <paramref name="keepRaw"/> keeps each item's JSON verbatim in its <c>RawJson</c>.
        /// </summary>
        public static ListPage<T> ReadListPage<T>(byte[] utf8Json, string itemsProperty, bool keepRaw = false) where T : class =>
            ReadListPage<T>(new ArraySegment<byte>(utf8Json ?? throw new ArgumentNullException(nameof(utf8Json))), itemsProperty, keepRaw);

        /// <inheritdoc cref="ReadListPage{T}(byte[], string, bool)"/>
        /// <remarks>
        /// A page without its list (the member missing, null or not an array), or an empty page that still names a next
        /// cursor, is malformed: it throws <see cref="IntercomJsonException"/> rather than pass for the end of the list.
        /// </remarks>
        internal static ListPage<T> ReadListPage<T>(ArraySegment<byte> utf8Json, string itemsProperty, bool keepRaw = false) where T : class
        {
            if (string.IsNullOrEmpty(itemsProperty)) throw new ArgumentException("Name the member holding the items.", nameof(itemsProperty));
            var offset = ContentStart(utf8Json);
            var reader = CreateReader(utf8Json, offset);
            try
            {
                MoveToContent(ref reader);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new IntercomJsonException($"Expected a list object, but the body is {reader.TokenType}.", reader.TokenStartIndex);
                }
                var envelope = ListEnvelope.TryRead(ref reader, ConverterFor<T>.Instance, itemsProperty,
                    Encoding.UTF8.GetBytes(itemsProperty), readPages: true, keepRaw ? new RawSource(utf8Json.Array!, offset) : null,
                    out var failure);
                if (envelope == null) throw new IntercomJsonException(failure ?? $"The list's '{itemsProperty}' could not be read.");
                EnsureEnd(ref reader);
                if (!envelope.ItemsWereArray)
                {
                    throw new IntercomJsonException($"The page has no list of items: '{itemsProperty}' is {(envelope.ItemsPropertyFound == null ? "missing or not an array" : "null")}.");
                }
                if (envelope.Items.Count == 0 && envelope.NextCursor != null)
                {
                    throw new IntercomJsonException($"The page has no items under '{envelope.ItemsPropertyFound}' but names a next page; a list does not continue after an empty page.");
                }

                var page = new ListPage<T>(envelope.Items)
                {
                    Type = envelope.Type,
                    NextCursor = envelope.NextCursor,
                    NextPageUrl = envelope.NextPageUrl,
                    Page = envelope.Page,
                    PerPage = envelope.PerPage,
                    TotalPages = envelope.TotalPages,
                    TotalCount = envelope.TotalCount,
                    HasMore = envelope.HasMore,
                    ScrollParam = envelope.ScrollParam,
                };
                if (envelope.Url != null) page.AdditionalProperties["url"] = envelope.Url;
                if (envelope.Extras != null)
                {
                    foreach (var extra in envelope.Extras) page.AdditionalProperties[extra.Key] = extra.Value;
                }
                return page;
            }
            catch (Exception exception) when (IsReadFailure(exception))
            {
                throw Wrap(exception, $"a list of {typeof(T).Name}", reader.BytesConsumed);
            }
        }

        /// <summary>
        /// Any JSON as plain .NET values: <c>Dictionary&lt;string, object?&gt;</c> (case-sensitive keys),
        /// <c>List&lt;object?&gt;</c>, long, double, string, bool and null. An empty body (204 No Content) gives null.
        /// </summary>
        public static object? ToPlain(byte[] utf8Json) =>
            ToPlain(new ArraySegment<byte>(utf8Json ?? throw new ArgumentNullException(nameof(utf8Json))));

        /// <inheritdoc cref="ToPlain(byte[])"/>
        internal static object? ToPlain(ArraySegment<byte> utf8Json)
        {
            var offset = ContentStart(utf8Json);
            if (IsBlank(utf8Json, offset)) return null;
            var reader = CreateReader(utf8Json, offset);
            try
            {
                MoveToContent(ref reader);
                var value = PlainJson.ReadValue(ref reader);
                EnsureEnd(ref reader);
                return value;
            }
            catch (Exception exception) when (IsReadFailure(exception))
            {
                throw Wrap(exception, "JSON", reader.BytesConsumed);
            }
        }

        /// <inheritdoc cref="ToPlain(byte[])"/>
        public static object? ToPlain(string json) =>
            ToPlain(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))));

        /// <summary>
        /// A request body as UTF-8 JSON, from dictionaries (hashtables included), lists, primitives and models.
        /// Null values are written as null, dates as unix seconds, and other objects by their public properties in snake_case.
        /// </summary>
        public static byte[] SerializeToUtf8(object? value)
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream, WriterOptions))
                {
                    PlainJson.WriteValue(writer, value);
                }
                return stream.ToArray();
            }
        }

        /// <inheritdoc cref="SerializeToUtf8"/>
        public static string ToJson(object? value) => Encoding.UTF8.GetString(SerializeToUtf8(value));

        private static JsonSerializerOptions CreateOptions()
        {
            var options = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                NumberHandling = JsonNumberHandling.AllowReadingFromString,
                Encoder = WriterOptions.Encoder,
                TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            };
            options.Converters.Add(new ModelConverterFactory());
            options.Converters.Add(PlainValueConverter.Instance);
            options.Converters.Add(new UnixDateTimeOffsetConverter());
            options.Converters.Add(new UnixDateTimeConverter());
            options.MakeReadOnly();
            return options;
        }

        /// <summary>Where the JSON starts in the segment's array, past a UTF-8 byte order mark, which the reader would otherwise reject.</summary>
        private static int ContentStart(ArraySegment<byte> utf8Json)
        {
            var bytes = utf8Json.Array ?? Array.Empty<byte>();
            var start = utf8Json.Offset;
            return utf8Json.Count >= 3 && bytes[start] == Utf8Bom[0] && bytes[start + 1] == Utf8Bom[1] && bytes[start + 2] == Utf8Bom[2] ? start + 3 : start;
        }

        private static Utf8JsonReader CreateReader(ArraySegment<byte> utf8Json, int offset) =>
            new Utf8JsonReader(new ReadOnlySpan<byte>(utf8Json.Array ?? Array.Empty<byte>(), offset, utf8Json.Offset + utf8Json.Count - offset), new JsonReaderOptions());

        private static void MoveToContent(ref Utf8JsonReader reader)
        {
            if (!reader.Read()) throw new IntercomJsonException("The body is empty.", 0);
        }

        /// <summary>Fails on anything but whitespace after the value: a truncated or concatenated body is not trusted.</summary>
        private static void EnsureEnd(ref Utf8JsonReader reader)
        {
            if (reader.Read()) throw new IntercomJsonException("The body holds more than one JSON value.", reader.TokenStartIndex);
        }

        private static bool IsBlank(ArraySegment<byte> utf8Json, int offset)
        {
            var bytes = utf8Json.Array ?? Array.Empty<byte>();
            for (var i = offset; i < utf8Json.Offset + utf8Json.Count; i++)
            {
                var b = bytes[i];
                if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n') return false;
            }
            return true;
        }

        // InvalidOperationException: the reader's answer to text that is not valid UTF-8.
        private static bool IsReadFailure(Exception exception) =>
            exception is JsonException || exception is InvalidOperationException;

        private static IntercomJsonException Wrap(Exception exception, string expected, long position) =>
            exception as IntercomJsonException
            ?? new IntercomJsonException(
                $"The response is not valid JSON for {expected}: {exception.Message}",
                position,
                exception);
    }
}
