using System.IO;
using System.Text;

namespace IntercomPS.Sandbox.Search
{
    /// <summary>
    /// The opaque <c>starting_after</c> value: base64url of [query fingerprint, next page number, last ordinal, last
    /// created_at, last sort value]. The position is a key, not an offset, so items added or removed between pages do
    /// not shift the pages after them; the fingerprint makes a cursor from another query fail with 400.
    /// </summary>
    /// <param name="Page">Number of the page this cursor fetches.</param>
    internal sealed record SearchCursor(string Fingerprint, int Page, int Ordinal, long CreatedAt, object? SortValue)
    {
        public const string InvalidMessage = "Invalid starting_after param. Please try again using a starting_after value from a paginated response";

        public string Encode()
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream))
                {
                    writer.WriteStartArray();
                    writer.WriteStringValue(Fingerprint);
                    writer.WriteNumberValue(Page);
                    writer.WriteNumberValue(Ordinal);
                    writer.WriteNumberValue(CreatedAt);
                    switch (SortValue)
                    {
                        case null: writer.WriteNullValue(); break;
                        case long number: writer.WriteNumberValue(number); break;
                        case bool flag: writer.WriteBooleanValue(flag); break;
                        default: writer.WriteStringValue(Convert.ToString(SortValue, CultureInfo.InvariantCulture)); break;
                    }
                    writer.WriteEndArray();
                }
                return Convert.ToBase64String(stream.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            }
        }

        public static SearchCursor Decode(string token)
        {
            try
            {
                var base64 = token.Replace('-', '+').Replace('_', '/');
                base64 += new string('=', (4 - base64.Length % 4) % 4);
                using (var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64))))
                {
                    var items = document.RootElement;
                    if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() != 5) throw new FormatException();
                    object? sortValue;
                    var raw = items[4];
                    switch (raw.ValueKind)
                    {
                        case JsonValueKind.Null: sortValue = null; break;
                        case JsonValueKind.Number: sortValue = raw.GetInt64(); break;
                        case JsonValueKind.True: sortValue = true; break;
                        case JsonValueKind.False: sortValue = false; break;
                        case JsonValueKind.String: sortValue = raw.GetString(); break;
                        default: throw new FormatException();
                    }
                    var page = items[1].GetInt32();
                    if (page < 2) throw new FormatException();
                    return new SearchCursor(items[0].GetString() ?? throw new FormatException(), page, items[2].GetInt32(), items[3].GetInt64(), sortValue);
                }
            }
            catch (Exception ex) when (ex is FormatException || ex is JsonException || ex is InvalidOperationException || ex is ArgumentException)
            {
                throw new SearchQueryException(InvalidMessage, "client_error");
            }
        }
    }
}
