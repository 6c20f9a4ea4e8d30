using System.Net.Http;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// Whether sending a request twice can change the workspace twice. The retry policy keys on this:
    /// a creating POST is resent only when the first attempt provably never reached Intercom.
    /// </summary>
    public enum RequestSafety
    {
        /// <summary>GET, PUT, DELETE and the search POSTs: safe to resend after any transient failure.</summary>
        Idempotent,

        /// <summary>POSTs that create something (contacts, notes, replies, tags, events).</summary>
        Creating,
    }

    /// <summary>One logical call to the Intercom API; the transport may send it more than once (retries).</summary>
    public sealed class ApiRequest
    {
        public ApiRequest(HttpMethod method, string path)
        {
            Method = method ?? throw new ArgumentNullException(nameof(method));
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Safety = IsSafeByMethod(method) ? RequestSafety.Idempotent : RequestSafety.Creating;
        }

        public HttpMethod Method { get; }

        /// <summary>Path relative to the API base, without a leading slash requirement (e.g. "conversations/search").</summary>
        public string Path { get; }

        /// <summary>Query string parameters, appended in order and URL-encoded by the transport.</summary>
        public IList<KeyValuePair<string, string>> Query { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>UTF-8 JSON body, or null for none.</summary>
        public byte[]? JsonBody { get; set; }

        public RequestSafety Safety { get; set; }

        /// <summary>The media type to ask for instead of JSON (a download's <c>application/octet-stream</c>), or null.</summary>
        public string? Accept { get; set; }

        /// <summary>A route template for statistics and logs, e.g. "GET /conversations/{id}". Defaults to the path.</summary>
        public string? Route { get; set; }

        public ApiRequest WithQuery(string name, string? value)
        {
            if (value != null)
            {
                Query.Add(new KeyValuePair<string, string>(name, value));
            }
            return this;
        }

        public string RouteOrPath => Route ?? Method.Method + " /" + Path.TrimStart('/');

        private static bool IsSafeByMethod(HttpMethod method) =>
            method != HttpMethod.Post && !string.Equals(method.Method, "PATCH", StringComparison.OrdinalIgnoreCase);
    }
}
