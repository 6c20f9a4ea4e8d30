using System.Text;

namespace IntercomPS.Engine.Diagnostics
{
    /// <summary>
    /// Turns "GET /contacts/6a9a0a00f7807829" into "GET /contacts/{id}", so that statistics and the request log group
    /// by route and never carry an id (a contact id, an email in a path) the caller did not template.
    /// </summary>
    internal static class RouteTemplate
    {
        public const string IdPlaceholder = "{id}";

        public static string Of(string route)
        {
            if (string.IsNullOrEmpty(route)) return route;
            var query = route.IndexOf('?');
            if (query >= 0) route = route.Substring(0, query);
            StringBuilder? templated = null;
            var segmentStart = 0;
            for (var i = 0; i <= route.Length; i++)
            {
                if (i < route.Length && route[i] != '/') continue;
                var length = i - segmentStart;
                if (IsId(route, segmentStart, length))
                {
                    templated ??= new StringBuilder(route, 0, segmentStart, route.Length);
                    templated.Append(IdPlaceholder);
                }
                else
                {
                    templated?.Append(route, segmentStart, length);
                }
                if (i < route.Length) templated?.Append('/');
                segmentStart = i + 1;
            }
            return templated?.ToString() ?? route;
        }

        // Intercom's ids are numbers or long hex strings; anything with a digit, '@' or an escape is caller data.
        // The method ("GET /...") has no digit, and a template's "{id}" none either.
        private static bool IsId(string route, int start, int length)
        {
            if (length == 0) return false;
            if (route[start] == '{' && route[start + length - 1] == '}') return false;
            for (var i = start; i < start + length; i++)
            {
                var c = route[i];
                if ((c >= '0' && c <= '9') || c == '@' || c == '%') return true;
            }
            return false;
        }
    }
}
