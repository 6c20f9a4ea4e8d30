namespace IntercomPS.Engine.Json
{
    /// <summary>A response body is not JSON, or not the JSON shape the caller asked to read.</summary>
    internal sealed class IntercomJsonException : Exception
    {
        public IntercomJsonException(string message, long? bytePosition = null, Exception? innerException = null)
            : base(message, innerException)
        {
            BytePosition = bytePosition;
        }

        /// <summary>Where in the body reading stopped, when known.</summary>
        public long? BytePosition { get; }
    }
}
