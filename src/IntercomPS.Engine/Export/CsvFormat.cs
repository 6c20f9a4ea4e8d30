using System.Globalization;
using System.IO;
using System.Text;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Export
{
    /// <summary>One CSV column: its header and how its value is taken from the item's JSON (as plain values).</summary>
    internal sealed class CsvColumn
    {
        public CsvColumn(string name, Func<IDictionary<string, object?>, object?> read, bool isTimestamp = false)
        {
            Name = name;
            Read = read;
            IsTimestamp = isTimestamp;
        }

        public string Name { get; }

        public Func<IDictionary<string, object?>, object?> Read { get; }

        /// <summary>Unix seconds in the JSON, written as ISO 8601 UTC.</summary>
        public bool IsTimestamp { get; }
    }

    /// <summary>
    /// The column sets: a fixed list of core columns per kind, then one ca_&lt;name&gt; column per custom attribute
    /// (a ticket's attributes are its custom attributes), sorted by name (ordinal). The set is pinned in the
    /// checkpoint, so resumed and incremental runs keep the header.
    /// </summary>
    internal static class CsvColumns
    {
        public const string CustomPrefix = "ca_";

        private static readonly CsvColumn[] Conversation =
        {
            new CsvColumn("id", j => At(j, "id")),
            new CsvColumn("created_at", j => At(j, "created_at"), true),
            new CsvColumn("updated_at", j => At(j, "updated_at"), true),
            new CsvColumn("state", j => At(j, "state")),
            new CsvColumn("open", j => At(j, "open")),
            new CsvColumn("read", j => At(j, "read")),
            new CsvColumn("priority", j => At(j, "priority")),
            new CsvColumn("title", j => At(j, "title")),
            new CsvColumn("admin_assignee_id", j => At(j, "admin_assignee_id")),
            new CsvColumn("team_assignee_id", j => At(j, "team_assignee_id")),
            new CsvColumn("waiting_since", j => At(j, "waiting_since"), true),
            new CsvColumn("snoozed_until", j => At(j, "snoozed_until"), true),
            new CsvColumn("source_type", j => At(j, "source", "type")),
            new CsvColumn("source_delivered_as", j => At(j, "source", "delivered_as")),
            new CsvColumn("source_subject", j => At(j, "source", "subject")),
            new CsvColumn("source_author_type", j => At(j, "source", "author", "type")),
            new CsvColumn("source_author_id", j => At(j, "source", "author", "id")),
            new CsvColumn("source_body", j => At(j, "source", "body")),
            new CsvColumn("contact_ids", j => Join(At(j, "contacts", "contacts"), "id")),
            new CsvColumn("tags", j => Join(At(j, "tags", "tags"), "name")),
            new CsvColumn("first_contact_reply_at", j => At(j, "first_contact_reply", "created_at"), true),
            new CsvColumn("time_to_admin_reply", j => At(j, "statistics", "time_to_admin_reply")),
            new CsvColumn("first_close_at", j => At(j, "statistics", "first_close_at"), true),
            new CsvColumn("last_close_at", j => At(j, "statistics", "last_close_at"), true),
            new CsvColumn("count_reopens", j => At(j, "statistics", "count_reopens")),
            new CsvColumn("conversation_parts_count", j => At(j, "conversation_parts", "total_count")),
        };

        private static readonly CsvColumn[] Contact =
        {
            new CsvColumn("id", j => At(j, "id")),
            new CsvColumn("external_id", j => At(j, "external_id")),
            new CsvColumn("role", j => At(j, "role")),
            new CsvColumn("email", j => At(j, "email")),
            new CsvColumn("phone", j => At(j, "phone")),
            new CsvColumn("name", j => At(j, "name")),
            new CsvColumn("owner_id", j => At(j, "owner_id")),
            new CsvColumn("created_at", j => At(j, "created_at"), true),
            new CsvColumn("updated_at", j => At(j, "updated_at"), true),
            new CsvColumn("signed_up_at", j => At(j, "signed_up_at"), true),
            new CsvColumn("last_seen_at", j => At(j, "last_seen_at"), true),
            new CsvColumn("last_replied_at", j => At(j, "last_replied_at"), true),
            new CsvColumn("last_contacted_at", j => At(j, "last_contacted_at"), true),
            new CsvColumn("unsubscribed_from_emails", j => At(j, "unsubscribed_from_emails")),
            new CsvColumn("language_override", j => At(j, "language_override")),
            new CsvColumn("browser", j => At(j, "browser")),
            new CsvColumn("os", j => At(j, "os")),
            new CsvColumn("location_country", j => At(j, "location", "country")),
            new CsvColumn("location_region", j => At(j, "location", "region")),
            new CsvColumn("location_city", j => At(j, "location", "city")),
            new CsvColumn("tag_ids", j => Join(At(j, "tags", "data"), "id")),
            new CsvColumn("company_ids", j => Join(At(j, "companies", "data"), "id")),
        };

        private static readonly CsvColumn[] Ticket =
        {
            new CsvColumn("id", j => At(j, "id")),
            new CsvColumn("ticket_number", j => At(j, "ticket_id")),
            new CsvColumn("created_at", j => At(j, "created_at"), true),
            new CsvColumn("updated_at", j => At(j, "updated_at"), true),
            new CsvColumn("category", j => At(j, "category")),
            new CsvColumn("ticket_type_id", j => At(j, "ticket_type", "id")),
            new CsvColumn("ticket_type", j => At(j, "ticket_type", "name")),
            new CsvColumn("state", j => At(j, "ticket_state", "internal_label")),
            new CsvColumn("state_category", j => At(j, "ticket_state", "category")),
            new CsvColumn("open", j => At(j, "open")),
            new CsvColumn("is_shared", j => At(j, "is_shared")),
            new CsvColumn("snoozed_until", j => At(j, "snoozed_until"), true),
            new CsvColumn("admin_assignee_id", j => At(j, "admin_assignee_id")),
            new CsvColumn("team_assignee_id", j => At(j, "team_assignee_id")),
            new CsvColumn("title", j => At(j, "ticket_attributes", Models.Ticket.TitleAttribute)),
            new CsvColumn("description", j => At(j, "ticket_attributes", Models.Ticket.DescriptionAttribute)),
            new CsvColumn("contact_ids", j => Join(At(j, "contacts", "contacts"), "id")),
            new CsvColumn("linked_object_ids", j => Join(At(j, "linked_objects", "data"), "id")),
            new CsvColumn("ticket_parts_count", j => At(j, "ticket_parts", "total_count")),
        };

        /// <summary>The member holding a kind's custom attributes, which the ca_ columns read.</summary>
        private static string AttributesMember(string kind) => kind == ExportKinds.Tickets ? "ticket_attributes" : "custom_attributes";

        /// <summary>The header of a new export: core columns, then ca_ columns for the custom attribute names, sorted.</summary>
        public static List<string> Plan(string kind, IEnumerable<string> customAttributeNames)
        {
            var names = Core(kind).Select(c => c.Name).ToList();
            names.AddRange(customAttributeNames.Where(n => !string.IsNullOrEmpty(n)).Distinct(StringComparer.Ordinal)
                .OrderBy(n => n, StringComparer.Ordinal).Select(n => CustomPrefix + n));
            return names;
        }

        public static IReadOnlyList<CsvColumn> Resolve(string kind, IReadOnlyList<string> names)
        {
            var core = Core(kind).ToDictionary(c => c.Name, StringComparer.Ordinal);
            return names.Select(name =>
            {
                if (core.TryGetValue(name, out var column)) return column;
                if (name.StartsWith(CustomPrefix, StringComparison.Ordinal))
                {
                    var attribute = name.Substring(CustomPrefix.Length);
                    var member = AttributesMember(kind);
                    return new CsvColumn(name, j => At(j, member, attribute));
                }
                throw new ArgumentException($"'{name}' is not a column of a {kind} export.");
            }).ToList();
        }

        private static CsvColumn[] Core(string kind) => kind switch
        {
            ExportKinds.Conversations => Conversation,
            ExportKinds.Contacts => Contact,
            ExportKinds.Tickets => Ticket,
            _ => throw new ArgumentException($"Unknown export kind '{kind}'."),
        };

        private static object? At(IDictionary<string, object?> json, params string[] path)
        {
            object? current = json;
            foreach (var name in path)
            {
                if (!(current is IDictionary<string, object?> map) || !map.TryGetValue(name, out current)) return null;
            }
            return current;
        }

        /// <summary>A list of objects as their <paramref name="member"/> values joined by ';'.</summary>
        private static object? Join(object? list, string member)
        {
            if (!(list is IEnumerable<object?> items)) return null;
            var values = items.OfType<IDictionary<string, object?>>()
                .Select(i => i.TryGetValue(member, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) : null)
                .Where(v => !string.IsNullOrEmpty(v));
            return string.Join(";", values);
        }
    }

    internal sealed class CsvFormat : RecordFormat
    {
        private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

        // OWASP's CSV injection list: a spreadsheet takes a cell starting with one of these as a formula (or, for
        // tab and CR, strips them and then does). Excel, LibreOffice and Google Sheets show the quoted cell as text.
        private static readonly char[] FormulaStarts = { '=', '+', '-', '@', '\t', '\r' };
        private readonly IReadOnlyList<CsvColumn> _columns;
        private readonly byte[] _header;
        private readonly bool _rawValues;

        public CsvFormat(IReadOnlyList<CsvColumn> columns, bool rawValues)
        {
            _columns = columns;
            _rawValues = rawValues;
            if (columns.Count == 0 || columns[0].Name != "id") throw new ArgumentException("The first CSV column must be id.");
            var header = Encoding.UTF8.GetBytes(string.Join(",", columns.Select(c => Quote(c.Name))) + "\r\n");
            _header = Bom.Concat(header).ToArray();
        }

        public override byte[] Header => _header;

        public override byte[] Encode(IntercomObject item)
        {
            var raw = item.RawJson ?? throw new InvalidOperationException("The item was read without its raw JSON; exports must ask the reader to keep it.");
            var json = IntercomJson.ToPlain(raw) as IDictionary<string, object?>
                       ?? throw new InvalidOperationException("The item's JSON is not an object.");
            var line = new StringBuilder();
            for (var i = 0; i < _columns.Count; i++)
            {
                if (i > 0) line.Append(',');
                var value = _columns[i].Read(json);
                string cell;
                try
                {
                    cell = Format(value, _columns[i].IsTimestamp);
                }
                catch (ArgumentOutOfRangeException ex)
                {
                    throw new RecordEncodingException($"its {_columns[i].Name} ({Format(value, isTimestamp: false)}) is not a date the CSV can hold", ex);
                }
                // The id is Intercom's own (digits or hex) and is read back verbatim by a resume; numbers and booleans
                // come from JSON numbers and booleans, never text, so -5 stays the number -5. Only text is escaped.
                if (!_rawValues && i > 0 && value is string && cell.Length > 0 && Array.IndexOf(FormulaStarts, cell[0]) >= 0) cell = "'" + cell;
                line.Append(Quote(cell));
            }
            line.Append("\r\n");
            return Encoding.UTF8.GetBytes(line.ToString());
        }

        internal static string Format(object? value, bool isTimestamp)
        {
            switch (value)
            {
                case null:
                    return string.Empty;
                case string s:
                    return s;
                case bool b:
                    return b ? "true" : "false";
                case long seconds when isTimestamp:
                    return DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                case long l:
                    return l.ToString(CultureInfo.InvariantCulture);
                case double d:
                    return d.ToString("R", CultureInfo.InvariantCulture);
                default:
                    // Objects and lists (a custom attribute holding structure): their JSON, so nothing is lost.
                    return IntercomJson.ToJson(value);
            }
        }

        internal static string Quote(string value)
        {
            if (value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 && value.Trim() == value) return value;
            return "\"" + value.Replace("\"", "\"\"") + "\"";
        }

        public override IEnumerable<string> ReadIds(Stream file, long from, long length, string path)
        {
            file.Position = from;
            using (var reader = new StreamReader(new BoundedStream(file, length - from), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: from == 0, 64 * 1024, leaveOpen: true))
            {
                long record = 0;
                var header = from == 0;
                foreach (var (first, whole) in FirstFields(reader))
                {
                    record++;
                    if (!whole) throw Unreadable(path, record, from, "it has no record end");
                    if (header)
                    {
                        if (first != "id") throw Unreadable(path, record, from, "the header does not start with id");
                        header = false;
                        continue;

                    }
                    if (string.IsNullOrEmpty(first)) throw Unreadable(path, record, from, "it has no id");
                    yield return first;
                }
            }
        }

        /// <summary>RFC 4180 records: the first field of each, and whether the record ended with CRLF/LF.</summary>
        private static IEnumerable<(string First, bool Whole)> FirstFields(TextReader reader)
        {
            var first = new StringBuilder();
            var inFirst = true;
            var quoted = false;
            var atFieldStart = true;
            var any = false;
            int c;
            while ((c = reader.Read()) >= 0)
            {
                any = true;
                var ch = (char)c;
                if (quoted)
                {
                    if (ch == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            if (inFirst) first.Append('"');
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else if (inFirst)
                    {
                        first.Append(ch);
                    }
                    continue;
                }
                if (ch == '"' && atFieldStart)
                {
                    quoted = true;
                    atFieldStart = false;
                    continue;
                }
                atFieldStart = false;
                if (ch == ',')
                {
                    inFirst = false;
                    atFieldStart = true;
                }
                else if (ch == '\r' || ch == '\n')
                {
                    if (ch == '\r' && reader.Peek() == '\n') reader.Read();
                    yield return (first.ToString(), true);
                    first.Clear();
                    inFirst = true;
                    atFieldStart = true;
                    any = false;
                }
                else if (inFirst)
                {
                    first.Append(ch);
                }
            }
            if (any) yield return (first.ToString(), false);
        }
    }

    /// <summary>The first <c>length</c> bytes of a stream, read-only (the committed part of an export file).</summary>
    internal sealed class BoundedStream : Stream
    {
        private readonly Stream _inner;
        private long _remaining;

        public BoundedStream(Stream inner, long length)
        {
            _inner = inner;
            _remaining = length;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_remaining <= 0) return 0;
            var read = _inner.Read(buffer, offset, (int)Math.Min(count, _remaining));
            _remaining -= read;
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
