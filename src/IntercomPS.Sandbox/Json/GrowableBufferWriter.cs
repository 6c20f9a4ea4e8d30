using System;
using System.Buffers;

namespace IntercomPS.Sandbox.Json
{
    /// <summary>
    /// A growable in-memory <see cref="IBufferWriter{T}"/>: Utf8JsonWriter writes several times faster into one than
    /// into a MemoryStream, and netstandard2.0 has no public ArrayBufferWriter.
    /// </summary>
    internal sealed class GrowableBufferWriter : IBufferWriter<byte>
    {
        private byte[] _buffer;
        private int _written;

        public GrowableBufferWriter(int initialCapacity = 4096)
        {
            _buffer = new byte[Math.Max(256, initialCapacity)];
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

        private void Ensure(int sizeHint)
        {
            var needed = _written + Math.Max(1, sizeHint);
            if (needed <= _buffer.Length) return;
            var size = _buffer.Length;
            while (size < needed) size = checked(size * 2);
            Array.Resize(ref _buffer, size);
        }
    }
}
