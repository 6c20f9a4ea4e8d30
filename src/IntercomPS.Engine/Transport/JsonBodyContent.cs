using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// A UTF-8 JSON request body that remembers whether the handler ever started to write (or read) it. A request whose
    /// body was never written cannot have been acted on, which is what lets a failed create be sent again safely.
    /// </summary>
    internal sealed class JsonBodyContent : HttpContent
    {
        private readonly byte[] _utf8;
        private int _written;

        public JsonBodyContent(byte[] utf8)
        {
            _utf8 = utf8;
            Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        public bool WriteStarted => Volatile.Read(ref _written) != 0;

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            Volatile.Write(ref _written, 1);
            return stream.WriteAsync(_utf8, 0, _utf8.Length);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _utf8.Length;
            return true;
        }
    }
}
