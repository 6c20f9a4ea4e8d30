using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IntercomPS.Sandbox.Http.Loopback
{
    /// <summary>An HTTP/1.1 request off the wire.</summary>
    internal sealed class WireRequest
    {
        public string Method = "";
        public string Target = "";
        public string Version = "HTTP/1.1";
        public Dictionary<string, string> Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        public byte[] Body = new byte[0];

        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

        public bool KeepAlive
        {
            get
            {
                var connection = Header("Connection") ?? "";
                if (Version == "HTTP/1.0") return connection.IndexOf("keep-alive", StringComparison.OrdinalIgnoreCase) >= 0;
                return connection.IndexOf("close", StringComparison.OrdinalIgnoreCase) < 0;
            }
        }
    }

    /// <summary>Malformed request framing; the connection answers 400 and closes.</summary>
    internal sealed class BadRequestException : Exception
    {
        public BadRequestException(string message) : base(message) { }
    }

    /// <summary>
    /// Reads requests from one connection: request line, headers, then a Content-Length or chunked body. Buffered, so
    /// one socket read usually yields a whole request.
    /// </summary>
    internal sealed class HttpRequestReader
    {
        private const int MaxHeaderBytes = 64 * 1024;
        private const int MaxBodyBytes = 32 * 1024 * 1024;

        private readonly Stream _stream;
        private byte[] _buffer = new byte[16 * 1024];
        private int _start;
        private int _end;

        public HttpRequestReader(Stream stream)
        {
            _stream = stream;
        }

        /// <summary>The next request, or null when the client closed the connection between requests.</summary>
        public async Task<WireRequest?> ReadAsync(Func<Task> sendContinue, CancellationToken cancellationToken)
        {
            string? requestLine;
            do
            {
                requestLine = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
                if (requestLine == null) return null;
            }
            while (requestLine.Length == 0);

            var parts = requestLine.Split(' ');
            if (parts.Length != 3 || !parts[2].StartsWith("HTTP/", StringComparison.Ordinal)) throw new BadRequestException("Malformed request line.");
            var request = new WireRequest { Method = parts[0], Target = parts[1], Version = parts[2] };

            var headerBytes = 0;
            while (true)
            {
                var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? throw new BadRequestException("Connection closed inside the headers.");
                if (line.Length == 0) break;
                headerBytes += line.Length;
                if (headerBytes > MaxHeaderBytes) throw new BadRequestException("Headers too large.");
                var colon = line.IndexOf(':');
                if (colon <= 0) throw new BadRequestException("Malformed header line.");
                var name = line.Substring(0, colon).Trim();
                var value = line.Substring(colon + 1).Trim();
                request.Headers[name] = request.Headers.TryGetValue(name, out var previous) ? previous + ", " + value : value;
            }

            var chunked = (request.Header("Transfer-Encoding") ?? "").IndexOf("chunked", StringComparison.OrdinalIgnoreCase) >= 0;
            var lengthText = request.Header("Content-Length");
            var hasBody = chunked || lengthText != null && lengthText != "0";
            if (hasBody && string.Equals(request.Header("Expect"), "100-continue", StringComparison.OrdinalIgnoreCase)) await sendContinue().ConfigureAwait(false);

            if (chunked)
            {
                request.Body = await ReadChunkedAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (lengthText != null)
            {
                if (!int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > MaxBodyBytes) throw new BadRequestException("Bad Content-Length.");
                request.Body = await ReadExactlyAsync(length, cancellationToken).ConfigureAwait(false);
            }
            return request;
        }

        private async Task<byte[]> ReadChunkedAsync(CancellationToken cancellationToken)
        {
            using (var body = new MemoryStream())
            {
                while (true)
                {
                    var sizeLine = await ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? throw new BadRequestException("Connection closed inside a chunked body.");
                    var semicolon = sizeLine.IndexOf(';');
                    if (semicolon >= 0) sizeLine = sizeLine.Substring(0, semicolon);
                    if (!int.TryParse(sizeLine.Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0) throw new BadRequestException("Bad chunk size.");
                    if (size == 0)
                    {
                        while ((await ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? "").Length > 0) { }
                        return body.ToArray();
                    }
                    if (body.Length + size > MaxBodyBytes) throw new BadRequestException("Body too large.");
                    var chunk = await ReadExactlyAsync(size, cancellationToken).ConfigureAwait(false);
                    body.Write(chunk, 0, chunk.Length);
                    if (await ReadLineAsync(cancellationToken).ConfigureAwait(false) != "") throw new BadRequestException("Missing CRLF after a chunk.");
                }
            }
        }

        private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                for (var i = _start; i + 1 < _end; i++)
                {
                    if (_buffer[i] == '\r' && _buffer[i + 1] == '\n')
                    {
                        var line = Encoding.ASCII.GetString(_buffer, _start, i - _start);
                        _start = i + 2;
                        return line;
                    }
                }
                if (_end - _start > MaxHeaderBytes) throw new BadRequestException("Line too long.");
                if (!await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (_end > _start) throw new BadRequestException("Connection closed mid-line.");
                    return null;
                }
            }
        }

        private async Task<byte[]> ReadExactlyAsync(int count, CancellationToken cancellationToken)
        {
            var result = new byte[count];
            var copied = 0;
            while (copied < count)
            {
                if (_end == _start && !await FillAsync(cancellationToken).ConfigureAwait(false)) throw new BadRequestException("Connection closed inside the body.");
                var take = Math.Min(count - copied, _end - _start);
                Buffer.BlockCopy(_buffer, _start, result, copied, take);
                _start += take;
                copied += take;
            }
            return result;
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            var read = await _stream.ReadAsync(_buffer, _end, _buffer.Length - _end, cancellationToken).ConfigureAwait(false);
            if (read <= 0) return false;
            _end += read;
            return true;
        }
    }
}
