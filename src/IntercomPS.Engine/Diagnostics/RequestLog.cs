using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Diagnostics
{
    /// <summary>
    /// The per-request log (Connect-Intercom -RequestLogPath): one JSON line per HTTP attempt, appended with one atomic
    /// write, so several processes (a scheduled task and an interactive session) can share the file and a kill never
    /// leaves a torn line. A line holds the time, method, route template, status, duration, attempt and retry reason,
    /// the X-RateLimit-* values, bytes received and Intercom's request id: never a token, a body or a query value.
    /// </summary>
    public sealed class RequestLog : IDisposable
    {
        // Free-text fields (a transport failure's message) are cut so a line stays far below the size the kernel
        // appends in one piece even on unusual file systems.
        internal const int MaxTextLength = 300;

        [ThreadStatic]
        private static LineBuffer? _buffer;

        private readonly AppendOnlyFile _file;
        private readonly int _processId;
        private long _writeFailures;
        private string? _lastWriteError;

        private RequestLog(AppendOnlyFile file)
        {
            _file = file;
            using (var process = System.Diagnostics.Process.GetCurrentProcess()) _processId = process.Id;
        }

        /// <summary>Opens (or creates) the log for appending. Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot.</summary>
        public static RequestLog Open(string path) => new RequestLog(AppendOnlyFile.Open(path));

        public string Path => _file.Path;

        /// <summary>Lines that could not be written (disk full, file removed by force); the requests themselves went on.</summary>
        public long WriteFailures => Interlocked.Read(ref _writeFailures);

        public string? LastWriteError => Volatile.Read(ref _lastWriteError);

        /// <summary>Appends the attempt as one line. Never throws: a full disk must not fail the export it records.</summary>
        public void Append(RequestRecord record)
        {
            try
            {
                var buffer = _buffer ??= new LineBuffer();
                var length = buffer.Format(record, _processId);
                _file.Append(buffer.Bytes, length);
            }
            catch (ObjectDisposedException)
            {
                // A request that ends after Disconnect-Intercom closed the log: there is no log to write to any more.
            }
            catch (Exception failure) when (failure is IOException || failure is UnauthorizedAccessException)
            {
                Interlocked.Increment(ref _writeFailures);
                Volatile.Write(ref _lastWriteError, failure.Message);
            }
        }

        public void Dispose() => _file.Dispose();

        /// <summary>Summarises a request log with the same computation as the live statistics.</summary>
        public static RequestSummary Summarize(string path)
        {
            var full = System.IO.Path.GetFullPath(path);
            var ledger = new RequestLedger(DateTimeOffset.UtcNow);
            var skipped = 0L;
            foreach (var line in ReadLines(full))
            {
                if (TryParse(line, out var record)) ledger.Record(record!);
                else skipped++;
            }
            return ledger.Summarize(full, skipped);
        }

        /// <summary>The records of a log; lines that are not complete records (an unfinished last line) are skipped.</summary>
        public static IEnumerable<RequestRecord> Read(string path)
        {
            foreach (var line in ReadLines(System.IO.Path.GetFullPath(path)))
            {
                if (TryParse(line, out var record)) yield return record!;
            }
        }

        private static IEnumerable<string> ReadLines(string path)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The request log '{path}' does not exist.", path);
            }
            // Shared with writers that are still appending: a last line without its newline is still being written.
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var reader = new StreamReader(stream, new UTF8Encoding(false)))
            {
                var pending = new StringBuilder();
                var buffer = new char[8192];
                int read;
                while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
                {
                    var start = 0;
                    for (var i = 0; i < read; i++)
                    {
                        if (buffer[i] != '\n') continue;
                        pending.Append(buffer, start, i - start);
                        start = i + 1;
                        if (pending.Length > 0) yield return pending.ToString();
                        pending.Clear();
                    }
                    pending.Append(buffer, start, read - start);
                }
                // Still being written, or cut short: handed on so that it is counted as skipped when it does not parse.
                if (pending.Length > 0) yield return pending.ToString();
            }
        }

        internal static bool TryParse(string line, out RequestRecord? record)
        {
            record = null;
            try
            {
                using (var document = JsonDocument.Parse(line))
                {
                    var root = document.RootElement;
                    if (root.ValueKind != JsonValueKind.Object) return false;
                    if (!root.TryGetProperty(Fields.Time, out var time) || time.ValueKind != JsonValueKind.String) return false;
                    if (!root.TryGetProperty(Fields.Route, out var route) || route.ValueKind != JsonValueKind.String) return false;
                    RateLimitSnapshot? rateLimit = null;
                    if (Int(root, Fields.RateLimitLimit) is int limit && Int(root, Fields.RateLimitRemaining) is int remaining)
                    {
                        var reset = Text(root, Fields.RateLimitReset);
                        rateLimit = new RateLimitSnapshot(limit, remaining, reset == null ? default : DateTimeOffset.Parse(reset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
                    }
                    var method = Text(root, Fields.Method) ?? string.Empty;
                    record = new RequestRecord(method, string.Empty, route.GetString()!, Int(root, Fields.Status),
                        TimeSpan.FromTicks((long)Math.Round((root.TryGetProperty(Fields.DurationMs, out var ms) && ms.ValueKind == JsonValueKind.Number ? ms.GetDouble() : 0) * TimeSpan.TicksPerMillisecond)),
                        Int(root, Fields.Attempt) ?? 1, rateLimit, Long(root, Fields.Bytes) ?? 0, Text(root, Fields.Failure),
                        DateTimeOffset.Parse(time.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                        Text(root, Fields.RequestId), Text(root, Fields.RetryReason));
                    return true;
                }
            }
            catch (Exception invalid) when (invalid is JsonException || invalid is FormatException || invalid is InvalidOperationException)
            {
                return false;
            }
        }

        private static string? Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static int? Int(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : (int?)null;

        private static long? Long(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : (long?)null;

        /// <summary>The names of a line's fields, in the order they are written.</summary>
        internal static class Fields
        {
            public const string Time = "time";
            public const string Method = "method";
            public const string Route = "route";
            public const string Status = "status";
            public const string DurationMs = "durationMs";
            public const string Attempt = "attempt";
            public const string RetryReason = "retryReason";
            public const string Failure = "failure";
            public const string RateLimitLimit = "rateLimitLimit";
            public const string RateLimitRemaining = "rateLimitRemaining";
            public const string RateLimitReset = "rateLimitReset";
            public const string Bytes = "bytes";
            public const string RequestId = "requestId";
            public const string ProcessId = "pid";
        }

        /// <summary>One thread's reusable line: formatting a record allocates nothing once it has grown to fit.</summary>
        private sealed class LineBuffer
        {
            private readonly MemoryStream _stream = new MemoryStream(512);
            private readonly Utf8JsonWriter _writer;

            public LineBuffer() => _writer = new Utf8JsonWriter(_stream);

            public byte[] Bytes => _stream.GetBuffer();

            public int Format(RequestRecord record, int processId)
            {
                _stream.SetLength(0);
                _writer.Reset(_stream);
                var w = _writer;
                w.WriteStartObject();
                w.WriteString(Fields.Time, Iso(record.StartedAt));
                w.WriteString(Fields.Method, record.Method);
                w.WriteString(Fields.Route, Cut(record.Route));
                if (record.Status is int status) w.WriteNumber(Fields.Status, status); else w.WriteNull(Fields.Status);
                // Full precision (one tick), so a log summarises to exactly the numbers of the live statistics.
                w.WriteNumber(Fields.DurationMs, Math.Round(record.Elapsed.TotalMilliseconds, 4));
                w.WriteNumber(Fields.Attempt, record.Attempt);
                WriteText(w, Fields.RetryReason, record.RetryReason);
                WriteText(w, Fields.Failure, record.Failure);
                if (record.RateLimit is RateLimitSnapshot limit)
                {
                    w.WriteNumber(Fields.RateLimitLimit, limit.Limit);
                    w.WriteNumber(Fields.RateLimitRemaining, limit.Remaining);
                    w.WriteString(Fields.RateLimitReset, Iso(limit.Reset));
                }
                else
                {
                    w.WriteNull(Fields.RateLimitLimit);
                    w.WriteNull(Fields.RateLimitRemaining);
                    w.WriteNull(Fields.RateLimitReset);
                }
                w.WriteNumber(Fields.Bytes, record.BytesReceived);
                WriteText(w, Fields.RequestId, record.RequestId);
                w.WriteNumber(Fields.ProcessId, processId);
                w.WriteEndObject();
                w.Flush();
                _stream.WriteByte((byte)'\n');
                return (int)_stream.Length;
            }

            private static void WriteText(Utf8JsonWriter w, string name, string? value)
            {
                if (value == null) w.WriteNull(name); else w.WriteString(name, Cut(value));
            }

            private static string Cut(string value) => value.Length <= MaxTextLength ? value : value.Substring(0, MaxTextLength) + "...";

            private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        }
    }
}
