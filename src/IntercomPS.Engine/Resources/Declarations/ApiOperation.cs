using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources.Declarations
{
    /// <summary>
    /// One operation of Intercom's API description as the engine sends it: method and path template spelled as in the
    /// description (<c>GET /tickets/{ticket_id}</c>), how its list pages, where its items are, and whether it may be resent.
    /// </summary>
    public sealed class ApiOperation
    {
        /// <summary>The template's text around its placeholders: one more than <see cref="PathParameters"/>.</summary>
        private readonly string[] _literals;

        public ApiOperation(string method, string pathTemplate, PagingKind paging = PagingKind.None, string? itemsMember = null,
            RequestSafety? safety = null, int? maxPageSize = null)
        {
            if (string.IsNullOrWhiteSpace(method)) throw new ArgumentException("The method is empty.", nameof(method));
            if (string.IsNullOrWhiteSpace(pathTemplate) || pathTemplate.StartsWith("/", StringComparison.Ordinal))
            {
                throw new ArgumentException("The path template is relative to the API root, without a leading '/': 'tickets/{ticket_id}'.", nameof(pathTemplate));
            }
            Method = new HttpMethod(method.ToUpperInvariant());
            PathTemplate = pathTemplate;
            // Split once here: every request of the operation fills the same template.
            var parts = Regex.Split(pathTemplate, @"\{([A-Za-z0-9_]+)\}", RegexOptions.CultureInvariant);
            _literals = parts.Where((_, index) => index % 2 == 0).ToArray();
            PathParameters = parts.Where((_, index) => index % 2 == 1).ToArray();
            Paging = paging;
            ItemsMember = itemsMember ?? (paging == PagingKind.None ? null : Json.ListItemsProperty.Data);
            Safety = safety ?? new ApiRequest(Method, pathTemplate).Safety;
            MaxPageSize = maxPageSize;
        }

        public HttpMethod Method { get; }

        /// <summary>Relative to the API root, placeholders as in the description: <c>contacts/{contact_id}/notes</c>.</summary>
        public string PathTemplate { get; }

        /// <summary>The placeholders of <see cref="PathTemplate"/>, in order.</summary>
        public IReadOnlyList<string> PathParameters { get; }

        public PagingKind Paging { get; }

        /// <summary>The member holding a list answer's items (<c>data</c> unless declared).</summary>
        public string? ItemsMember { get; }

        /// <summary>Whether a failed attempt may be resent: creating POSTs are resent only when they provably never arrived.</summary>
        public RequestSafety Safety { get; }

        /// <summary>The largest <c>per_page</c> the operation accepts, when it pages by size.</summary>
        public int? MaxPageSize { get; }

        /// <summary>As the description spells it: <c>GET /tickets/{ticket_id}</c>. The key of statistics, logs and coverage.</summary>
        public string Route => Method.Method + " /" + PathTemplate;

        /// <summary>
        /// A request for this operation with each placeholder filled by its value as one escaped path segment; a
        /// missing value or one that cannot be a segment (empty, '.', '..') is refused before anything is sent.
        /// </summary>
        public ApiRequest CreateRequest(IReadOnlyDictionary<string, string>? pathValues = null)
        {
            var path = new StringBuilder(PathTemplate.Length + 32).Append(_literals[0]);
            for (var i = 0; i < PathParameters.Count; i++)
            {
                var name = PathParameters[i];
                if (pathValues == null || !pathValues.TryGetValue(name, out var value) || value == null)
                {
                    throw new ArgumentException($"{Route} needs a value for {{{name}}}.", nameof(pathValues));
                }
                path.Append(ResourcePaths.Segment(value)).Append(_literals[i + 1]);
            }
            return new ApiRequest(Method, path.ToString()) { Route = Route, Safety = Safety };
        }

        public override string ToString() => Route;
    }
}
