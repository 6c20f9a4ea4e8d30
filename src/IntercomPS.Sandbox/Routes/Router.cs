using System.Reflection;

namespace IntercomPS.Sandbox.Routes
{
    /// <summary>
    /// Matches "METHOD /path" against route templates; literal segments win over parameters. Templates are compared by
    /// shape (placeholder names aside), so /companies/{company_id} and /companies/{id} are one path.
    /// </summary>
    internal sealed class Router
    {
        private readonly List<RouteEntry> _routes = new List<RouteEntry>();

        public Router Map(string route, Func<ApiContext, ApiResponse> handler)
        {
            var space = route.IndexOf(' ');
            var method = route.Substring(0, space);
            var segments = route.Substring(space + 1).Trim('/').Split('/');
            var entry = new RouteEntry(route, method, segments, handler);
            // Most specific first: the earliest literal segment wins, e.g. /companies/scroll before /companies/{company_id}.
            var at = _routes.FindIndex(existing => MoreSpecific(entry, existing));
            _routes.Insert(at < 0 ? _routes.Count : at, entry);
            return this;
        }

        /// <summary>Maps the static methods of <paramref name="routes"/> marked <see cref="AnswersAttribute"/>, in the order they are declared.</summary>
        public Router MapAnswersOf(Type routes)
        {
            var handlers = routes.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).OrderBy(method => method.MetadataToken);
            foreach (var method in handlers)
            {
                foreach (var answers in method.GetCustomAttributes<AnswersAttribute>())
                {
                    Map(answers.Route, (Func<ApiContext, ApiResponse>)method.CreateDelegate(typeof(Func<ApiContext, ApiResponse>)));
                }
            }
            return this;
        }

        private static bool MoreSpecific(RouteEntry a, RouteEntry b)
        {
            for (var i = 0; i < Math.Min(a.Segments.Length, b.Segments.Length); i++)
            {
                var aParameter = a.Segments[i].StartsWith("{", StringComparison.Ordinal);
                var bParameter = b.Segments[i].StartsWith("{", StringComparison.Ordinal);
                if (aParameter != bParameter) return bParameter;
            }
            return false;
        }

        public IEnumerable<string> Templates => _routes.Select(r => r.Template);

        /// <summary>The mapped template that answers <paramref name="method"/> on paths of this template's shape; null when none does.</summary>
        public string? Find(string method, string pathTemplate)
        {
            var shape = ShapeOf(pathTemplate);
            return _routes.Find(r => r.Shape == shape && string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase))?.Template;
        }

        /// <summary>The handler of a mapped template ("GET /tags/{tag_id}"); null when none is mapped.</summary>
        public Func<ApiContext, ApiResponse>? HandlerOf(string template) => _routes.Find(r => r.Template == template)?.Handler;

        /// <summary>Puts <paramref name="wrap"/>(current handler) in place of a mapped template's handler.</summary>
        public void Wrap(string template, Func<Func<ApiContext, ApiResponse>, Func<ApiContext, ApiResponse>> wrap)
        {
            var route = _routes.Find(r => r.Template == template) ?? throw new ArgumentException($"No route {template} is mapped.", nameof(template));
            route.Handler = wrap(route.Handler);
        }

        /// <summary>A path template with its placeholders unnamed: "notes/{note_id}" → "notes/{}".</summary>
        public static string ShapeOf(string pathTemplate) => ShapeOf(pathTemplate.Trim('/').Split('/'));

        private static string ShapeOf(string[] segments) =>
            string.Join("/", segments.Select(s => s.StartsWith("{", StringComparison.Ordinal) ? "{}" : s));

        /// <summary>
        /// The route for a request. The most specific path template that matches decides; when it exists only for
        /// other methods, <paramref name="pathExists"/> is true and <paramref name="allowedMethods"/> lists them.
        /// </summary>
        public RouteMatch? Match(string method, string path, out bool pathExists, out string allowedMethods)
        {
            pathExists = false;
            allowedMethods = "";
            var segments = path.Trim('/').Split('/');
            string? shape = null;
            var allowed = new List<string>();
            foreach (var route in _routes)
            {
                if (shape != null && route.Shape != shape) continue;
                var values = route.Match(segments);
                if (values == null) continue;
                shape = route.Shape;
                pathExists = true;
                if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase)) return new RouteMatch(route.Template, route.Handler, values);
                if (!allowed.Contains(route.Method)) allowed.Add(route.Method);
            }
            allowedMethods = string.Join(", ", allowed);
            return null;
        }

        private sealed record RouteEntry(string Template, string Method, string[] Segments, Func<ApiContext, ApiResponse> Handler)
        {
            /// <summary>Replaced by <see cref="Router.Wrap"/>.</summary>
            public Func<ApiContext, ApiResponse> Handler { get; set; } = Handler;

            public string Shape { get; } = ShapeOf(Segments);

            public Dictionary<string, string>? Match(string[] segments)
            {
                if (segments.Length != Segments.Length) return null;
                Dictionary<string, string>? values = null;
                for (var i = 0; i < segments.Length; i++)
                {
                    var pattern = Segments[i];
                    if (pattern.StartsWith("{", StringComparison.Ordinal))
                    {
                        if (segments[i].Length == 0) return null;
                        values = values ?? new Dictionary<string, string>(StringComparer.Ordinal);
                        values[pattern.Substring(1, pattern.Length - 2)] = Uri.UnescapeDataString(segments[i]);
                    }
                    else if (!string.Equals(pattern, segments[i], StringComparison.Ordinal))
                    {
                        return null;
                    }
                }
                return values ?? new Dictionary<string, string>(StringComparer.Ordinal);
            }
        }
    }

    internal sealed record RouteMatch(string Template, Func<ApiContext, ApiResponse> Handler, Dictionary<string, string> Values);
}
