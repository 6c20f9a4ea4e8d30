using System;
using System.Text.Json;

namespace IntercomPS.Engine.Transport
{
    /// <summary>Checks that a body is one complete JSON value without building a document (truncated bodies are transient).</summary>
    internal static class JsonSyntax
    {
        private static readonly byte[] Utf8ByteOrderMark = { 0xEF, 0xBB, 0xBF };

        public static bool IsWellFormed(byte[] utf8)
        {
            var span = new ReadOnlySpan<byte>(utf8);
            if (span.StartsWith(Utf8ByteOrderMark)) span = span.Slice(Utf8ByteOrderMark.Length);
            // Depth is not what is being checked here; the model reader applies its own limit.
            var reader = new Utf8JsonReader(span, new JsonReaderOptions { MaxDepth = 1024 });
            try
            {
                while (reader.Read())
                {
                }
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }
}
