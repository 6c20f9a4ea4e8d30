namespace IntercomPS.Engine.Transport
{
    /// <summary>An attempt got no HTTP response: the connection failed, was dropped, or the stack gave up.</summary>
    internal sealed class NoResponseException(string description, bool neverReachedServer, Exception cause) : Exception(description, cause)
    {
        /// <summary>
        /// True only with proof that Intercom never received the request (connection refused, body never written), so
        /// even a creating request may be sent again without risk of a duplicate.
        /// </summary>
        public bool NeverReachedServer { get; } = neverReachedServer;
    }

    /// <summary>
    /// A success status whose body the request's reader could not read: cut off, garbled, or a list page without its
    /// list. The data is unusable even though Intercom acted.
    /// </summary>
    internal sealed class MalformedBodyException(ApiResponse response, string reason)
        : Exception($"The {(int)response.StatusCode} response body ({response.BodyLength} bytes) could not be read: {reason}")
    {
        public ApiResponse Response { get; } = response;

        /// <summary>The reader's own error: what is wrong with the body.</summary>
        public string Reason { get; } = reason;
    }
}
