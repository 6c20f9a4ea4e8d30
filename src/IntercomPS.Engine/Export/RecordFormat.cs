using System.IO;
using System.Text;
using System.Text.Json;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Export
{
    /// <summary>Turns items into the bytes of one record, and reads the ids back from a committed file.</summary>
    internal abstract class RecordFormat
    {
        /// <summary>Bytes at the start of a new file (the CSV header); empty for JSON Lines.</summary>
        public abstract byte[] Header { get; }

        /// <summary>One whole record, its terminator included.</summary>
        /// <exception cref="RecordEncodingException">The item cannot be written in this format; nothing was written.</exception>
        public abstract byte[] Encode(IntercomObject item);

        /// <summary>
        /// The id of every record between byte <paramref name="from"/> (the start of the file or of a record) and byte
        /// <paramref name="length"/> of <paramref name="file"/>, checking that each is whole and readable.
        /// </summary>
        /// <exception cref="ExportException">A record cannot be read: the file is not what the export committed.</exception>
        public abstract IEnumerable<string> ReadIds(Stream file, long from, long length, string path);

        public static RecordFormat For(ExportFormat format, IReadOnlyList<string>? columns, string kind, bool rawCsvValues) => format switch
        {
            ExportFormat.JsonLines => new JsonLinesFormat(),
            ExportFormat.Csv => new CsvFormat(CsvColumns.Resolve(kind, columns ?? throw new ArgumentException("A CSV export needs its columns.")), rawCsvValues),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };

        private static string AfterByte(long from) => from > 0 ? " after byte " + from : string.Empty;

        protected static ExportException Unreadable(string path, long record, long from, string why) =>
            new ExportException(ExportErrorKind.FileChanged, t =>
                $"Record {record}{AfterByte(from)} of '{path}' cannot be read ({why}), although the checkpoint says it was committed: the file was changed after the export wrote it. Restore it, or start a new export with {t[ExportTerm.Overwrite]}.");
    }

    internal sealed class JsonLinesFormat : RecordFormat
    {
        private static readonly byte[] NoHeader = new byte[0];
        private static readonly byte[] Id = Encoding.UTF8.GetBytes("id");

        public override byte[] Header => NoHeader;

        public override byte[] Encode(IntercomObject item)
        {
            var raw = item.RawJson ?? throw new InvalidOperationException("The item was read without its raw JSON; exports must ask the reader to keep it.");
            // JSON escapes line breaks inside strings, so any here are whitespace between tokens (a pretty-printing
            // server): the value is rewritten compactly, token for token, so that it stays on one line.
            byte[] bytes;
            try
            {
                bytes = raw.IndexOf('\n') < 0 && raw.IndexOf('\r') < 0 ? Encoding.UTF8.GetBytes(raw) : Compact(raw);
            }
            catch (JsonException ex)
            {
                throw new RecordEncodingException("its JSON cannot be put on one line (" + ex.Message + ")", ex);
            }
            var record = new byte[bytes.Length + 1];
            Buffer.BlockCopy(bytes, 0, record, 0, bytes.Length);
            record[bytes.Length] = (byte)'\n';
            return record;
        }

        private static byte[] Compact(string raw)
        {
            using (var document = JsonDocument.Parse(raw))
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    document.WriteTo(writer);
                }
                return stream.ToArray();
            }
        }

        public override IEnumerable<string> ReadIds(Stream file, long from, long length, string path)
        {
            long record = 0;
            foreach (var line in ByteLines.Read(file, from, length, (byte)'\n'))
            {
                record++;
                if (!line.Terminated) throw Unreadable(path, record, from, "it has no line end");
                yield return ReadId(line.Bytes, line.Count, path, record, from);
            }
        }

        private static string ReadId(byte[] bytes, int count, string path, long record, long from)
        {
            string? id = null;
            try
            {
                var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(bytes, 0, count));
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw Unreadable(path, record, from, "it is not a JSON object");
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isId = reader.ValueTextEquals(Id);
                    reader.Read();
                    if (isId && reader.TokenType == JsonTokenType.String) id = reader.GetString();
                    else if (isId && reader.TokenType == JsonTokenType.Number) id = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                    else reader.Skip();
                }
                if (reader.TokenType != JsonTokenType.EndObject || reader.Read()) throw Unreadable(path, record, from, "it is not one JSON object");
            }
            catch (JsonException ex)
            {
                throw Unreadable(path, record, from, ex.Message);
            }
            return id ?? throw Unreadable(path, record, from, "it has no id");
        }
    }

    /// <summary>Splits bytes <c>from</c> to <c>length</c> of a stream into lines without decoding them.</summary>
    internal static class ByteLines
    {
        public sealed class Line
        {
            public byte[] Bytes = new byte[4096];
            public int Count;
            public bool Terminated;
        }

        public static IEnumerable<Line> Read(Stream stream, long from, long length, byte terminator)
        {
            stream.Position = from;
            var buffer = new byte[64 * 1024];
            var line = new Line();
            long remaining = length - from;
            while (remaining > 0)
            {
                var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, remaining));
                if (read <= 0) break;
                remaining -= read;
                var start = 0;
                for (var i = 0; i < read; i++)
                {
                    if (buffer[i] != terminator) continue;
                    Append(line, buffer, start, i - start);
                    line.Terminated = true;
                    yield return line;
                    line.Count = 0;
                    line.Terminated = false;
                    start = i + 1;
                }
                Append(line, buffer, start, read - start);
            }
            if (line.Count > 0) yield return line;
        }

        private static void Append(Line line, byte[] source, int offset, int count)
        {
            if (count == 0) return;
            if (line.Count + count > line.Bytes.Length)
            {
                Array.Resize(ref line.Bytes, Math.Max(line.Bytes.Length * 2, line.Count + count));
            }
            Buffer.BlockCopy(source, offset, line.Bytes, line.Count, count);
            line.Count += count;
        }
    }
}
