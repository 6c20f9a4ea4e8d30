using System.Buffers;

namespace IntercomPS.Sandbox.Json
{
    /// <summary>
    /// A growable in-memory <see cref="IBufferWriter{T}"/> on pooled arrays. Utf8JsonWriter writes several times faster
    /// into one than into a MemoryStream, and pooling keeps large pages (hundreds of KB) from churning the large-object
    /// heap: the only allocation per response is the exact-size copy <see cref="ToArray"/> returns.
    /// </summary>
    internal sealed class GrowableBufferWriter : IBufferWriter<byte>, IDisposable
    {
        private byte[] _buffer;
        private int _written;

        public GrowableBufferWriter(int initialCapacity = 16 * 1024)
        {
            _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
        }

        public void Advance(int count)
        {
            if (count < 0 || _written + count > _buffer.Length) throw new ArgumentOutOfRangeException(nameof(count));
            _written += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsSpan(_written);
        }

        public byte[] ToArray() => _buffer.AsSpan(0, _written).ToArray();

        public void Dispose()
        {
            var buffer = _buffer;
            _buffer = new byte[0];
            if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
        }

        private void Ensure(int sizeHint)
        {
            var needed = _written + Math.Max(1, sizeHint);
            if (needed <= _buffer.Length) return;
            var size = _buffer.Length;
            while (size < needed) size = checked(size * 2);
            var grown = ArrayPool<byte>.Shared.Rent(size);
            Buffer.BlockCopy(_buffer, 0, grown, 0, _written);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = grown;
        }
    }
}
