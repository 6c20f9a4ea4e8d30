using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace IntercomPS.TestSupport.Prism
{
    /// <summary>One request sent to Prism, and what Prism thought of it.</summary>
    public sealed class RecordedExchange
    {
        private const int BodyShown = 4000;

        public RecordedExchange(string method, Uri uri, string? requestBody, int statusCode, string? violation, string? bearerToken = null)
        {
            Method = method;
            Uri = uri;
            RequestBody = requestBody;
            StatusCode = statusCode;
            Violation = violation;
            BearerToken = bearerToken;
            Query = ParseQuery(uri.Query);
        }

        public string Method { get; }

        public Uri Uri { get; }

        /// <summary>The path as sent, still escaped (ids are escaped path segments), e.g. /conversations/471.</summary>
        public string Path => Uri.AbsolutePath;

        /// <summary>The query parameters in the order sent, unescaped.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

        public string? RequestBody { get; }

        public int StatusCode { get; }

        /// <summary>Prism's complaint about the request (its validation messages), or null when it found none.</summary>
        public string? Violation { get; }

        /// <summary>The request's bearer token, when recorded: a test that gives each connection its own fake token knows who sent what.</summary>
        public string? BearerToken { get; }

        public string? QueryValue(string name) => Query.Where(pair => pair.Key == name).Select(pair => pair.Value).FirstOrDefault();

        /// <summary>The request and Prism's verdict, as a failure message shows them.</summary>
        public string Describe()
        {
            var text = new StringBuilder();
            text.Append(Method).Append(' ').Append(Uri.PathAndQuery).Append(" -> ").Append(StatusCode);
            if (RequestBody != null)
            {
                var body = RequestBody.Length > BodyShown ? RequestBody.Substring(0, BodyShown) + "..." : RequestBody;
                text.AppendLine().Append("  body: ").Append(body);
            }
            if (Violation != null) text.AppendLine().Append("  Prism: ").Append(Violation.Replace("\n", "\n         ", StringComparison.Ordinal));
            return text.ToString();
        }

        public override string ToString() => Describe();

        private static IReadOnlyList<KeyValuePair<string, string>> ParseQuery(string query)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = part.IndexOf('=');
                var name = equals < 0 ? part : part.Substring(0, equals);
                var value = equals < 0 ? string.Empty : part.Substring(equals + 1);
                pairs.Add(new KeyValuePair<string, string>(Unescape(name), Unescape(value)));
            }
            return pairs;
        }

        private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }
}
