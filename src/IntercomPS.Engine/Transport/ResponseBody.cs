using System.Buffers;
using System.Net.Http;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// A response body read into a pooled buffer, sized from Content-Length when the server gives one, so that reading
    /// a page costs no growing copies and no fresh large-object-heap array. Dispose returns the buffer; nothing may keep
    /// <see cref="Bytes"/> past that.
    /// </summary>
    internal sealed class ResponseBody : IDisposable
    {
        private const int InitialUnknownLength = 16 * 1024;
        private const int MaxArrayLength = 0x7FFFFFC7;

        private byte[]? _buffer;

        private ResponseBody(byte[] buffer, int length)
        {
            _buffer = buffer;
            Length = length;
        }

        public int Length { get; }

        public ArraySegment<byte> Bytes => new ArraySegment<byte>(_buffer ?? throw new ObjectDisposedException(nameof(ResponseBody)), 0, Length);

        /// <summary>A copy of exactly the body, for what outlives the attempt (error bodies, callers that read later).</summary>
        public byte[] ToArray()
        {
            if (Length == 0) return Array.Empty<byte>();
            var copy = new byte[Length];
            Buffer.BlockCopy(_buffer!, 0, copy, 0, Length);
            return copy;
        }

        /// <summary>Reads the whole body; throws <see cref="ResponseTooLargeException"/> as soon as it exceeds <paramref name="maxBytes"/>.</summary>
        public static async Task<ResponseBody> ReadAsync(HttpContent? content, long maxBytes, CancellationToken cancellationToken)
        {
            if (content == null) return new ResponseBody(Array.Empty<byte>(), 0);
            // An array holds at most about 2 GiB.
            maxBytes = Math.Max(0, Math.Min(maxBytes, MaxArrayLength - 1));
            var declared = content.Headers.ContentLength;
            if (declared > maxBytes) throw new ResponseTooLargeException(maxBytes, declared);
            if (declared == 0) return new ResponseBody(Array.Empty<byte>(), 0);
            var capacity = declared is long known ? (int)known : (int)Math.Min(InitialUnknownLength, Math.Max(1, maxBytes));

            var buffer = ArrayPool<byte>.Shared.Rent(capacity);
            var length = 0;
            try
            {
                using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
                {
                    while (true)
                    {
                        if (length == buffer.Length)
                        {
                            // One byte past the limit is enough to know the body is too long.
                            buffer = Grow(buffer, length, (int)Math.Min(maxBytes + 1, Math.Max(InitialUnknownLength, (long)buffer.Length * 2)));
                        }
                        var read = await stream.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
                        if (read == 0) break;
                        length += read;
                        if (length > maxBytes) throw new ResponseTooLargeException(maxBytes, null);
                    }
                }
                var body = new ResponseBody(buffer, length);
                buffer = null;
                return body;
            }
            finally
            {
                if (buffer != null && buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private static byte[] Grow(byte[] buffer, int length, int size)
        {
            var larger = ArrayPool<byte>.Shared.Rent(size);
            Buffer.BlockCopy(buffer, 0, larger, 0, length);
            if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
            return larger;
        }

        public void Dispose()
        {
            var buffer = _buffer;
            _buffer = null;
            if (buffer != null && buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A response body longer than <see cref="IntercomClientOptions.MaxResponseBodyBytes"/>.</summary>
    internal sealed class ResponseTooLargeException : Exception
    {
        public ResponseTooLargeException(long limit, long? declared)
            : base(declared is long length
                ? $"the response body declares {length} bytes, more than the limit of {limit} bytes"
                : $"the response body is longer than the limit of {limit} bytes")
        {
            Limit = limit;
        }

        public long Limit { get; }
    }
}
