using System;

namespace IntercomPS.Engine.Transport
{
    /// <summary>An attempt got no HTTP response: the connection failed, was dropped, or the stack gave up.</summary>
    internal sealed class NoResponseException : Exception
    {
        public NoResponseException(string description, bool neverReachedServer, Exception cause)
            : base(description, cause)
        {
            NeverReachedServer = neverReachedServer;
        }

        /// <summary>
        /// True only with proof that Intercom never received the request (connection refused, body never written), so
        /// even a creating request may be sent again without risk of a duplicate.
        /// </summary>
        public bool NeverReachedServer { get; }
    }

    /// <summary>A success status whose JSON body is cut off or garbled: the data is unusable even though Intercom acted.</summary>
    internal sealed class MalformedBodyException : Exception
    {
        public MalformedBodyException(ApiResponse response)
            : base($"The {(int)response.StatusCode} response body ({response.Body.Length} bytes) is not valid JSON.")
        {
            Response = response;
        }

        public ApiResponse Response { get; }
    }
}
