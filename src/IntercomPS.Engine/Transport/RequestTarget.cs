using System.Text;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// Resolves a request's path and query against the connection's base URI, once, before anything is sent. Every
    /// request goes through here, so the token can only ever travel to the base URI's scheme, host, port and path.
    /// </summary>
    internal static class RequestTarget
    {
        /// <summary>
        /// The absolute URI <paramref name="request"/> goes to. Throws <see cref="ArgumentException"/> (nothing sent)
        /// when the path could leave the API root: an absolute or network-path URI, backslashes, whitespace or control
        /// characters, dot segments (also percent-encoded), a fragment, or any result outside the base URI.
        /// </summary>
        public static Uri Resolve(Uri baseUri, ApiRequest request)
        {
            var path = request.Path;
            // One leading slash is allowed ("/contacts"); the path is always relative to the API root, never the host root.
            var relative = path.Length > 0 && path[0] == '/' ? path.Substring(1) : path;
            var problem = ProblemWith(relative);
            if (problem != null) throw Refused(path, problem);
            Uri resolved;
            try
            {
                resolved = new Uri(baseUri, AppendQuery(relative, request.Query));
            }
            catch (UriFormatException malformed)
            {
                throw Refused(path, malformed.Message.TrimEnd('.'));
            }

            var escape = EscapesBase(baseUri, resolved);
            if (escape != null) throw Refused(path, escape);
            return resolved;
        }

        private static string? ProblemWith(string path)
        {
            if (path.Length == 0) return null;
            foreach (var c in path)
            {
                if (c == '\\') return "it contains a backslash";
                if (char.IsWhiteSpace(c) || char.IsControl(c)) return "it contains whitespace or a control character";
                if (c == '#') return "it contains '#'";
            }
            if (path[0] == '/') return "it starts with '//', which names another host";
            if (SchemeEnd(path) > 0) return "it is an absolute URI";

            var pathPart = path;
            var queryStart = pathPart.IndexOf('?');
            if (queryStart >= 0) pathPart = pathPart.Substring(0, queryStart);
            foreach (var segment in pathPart.Split('/'))
            {
                if (IsDotSegment(segment)) return $"it has the segment '{segment}', which would climb out of the path it names";
            }
            return null;
        }

        /// <summary>The position of a "scheme:" prefix (letters, digits, '+', '-', '.' before the first ':', before any '/').</summary>
        private static int SchemeEnd(string path)
        {
            var colon = path.IndexOf(':');
            if (colon <= 0) return -1;
            var slash = path.IndexOf('/');
            if (slash >= 0 && slash < colon) return -1;
            if (!IsAsciiLetter(path[0])) return -1;
            for (var i = 1; i < colon; i++)
            {
                var c = path[i];
                if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return -1;
            }
            return colon;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        /// <summary>"." or "..", also spelled with %2e: the URI parser and the server both remove them.</summary>
        internal static bool IsDotSegment(string segment)
        {
            var decoded = segment.Replace("%2e", ".").Replace("%2E", ".");
            return decoded == "." || decoded == "..";
        }

        private static string? EscapesBase(Uri baseUri, Uri resolved)
        {
            if (!string.Equals(resolved.Scheme, baseUri.Scheme, StringComparison.OrdinalIgnoreCase)) return $"it resolves to the scheme '{resolved.Scheme}'";
            if (!string.Equals(resolved.Host, baseUri.Host, StringComparison.OrdinalIgnoreCase)) return $"it resolves to the host '{resolved.Host}'";
            if (resolved.Port != baseUri.Port) return $"it resolves to the port {resolved.Port}";
            if (resolved.UserInfo.Length > 0) return "it resolves to a URI with user information";
            if (!resolved.AbsolutePath.StartsWith(baseUri.AbsolutePath, StringComparison.Ordinal)) return $"it resolves to '{resolved.AbsolutePath}', outside '{baseUri.AbsolutePath}'";
            return null;
        }

        private static string AppendQuery(string path, IList<KeyValuePair<string, string>> query)
        {
            if (query.Count == 0) return path;
            var builder = new StringBuilder(path).Append(path.IndexOf('?') >= 0 ? '&' : '?');
            for (var i = 0; i < query.Count; i++)
            {
                if (i > 0) builder.Append('&');
                builder.Append(Uri.EscapeDataString(query[i].Key)).Append('=').Append(Uri.EscapeDataString(query[i].Value));
            }
            return builder.ToString();
        }

        private static ArgumentException Refused(string path, string reason) =>
            new ArgumentException(
                $"Refusing the request path '{Printable(path)}': {reason}. Give a path relative to the connection's API root, such as 'contacts' or " +
                "'conversations/123'; nothing was sent, and the access token only ever goes to the connection's own host.",
                nameof(ApiRequest.Path));

        /// <summary>Control characters shown as \uXXXX so the message itself cannot be used to forge output.</summary>
        private static string Printable(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (char.IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                else builder.Append(c);
            }
            return builder.ToString();
        }
    }
}
