using System.Text;
using IntercomPS.Sandbox.Json;
using IntercomPS.Sandbox.Search;
using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox.Routes
{
    /// <summary>Reading page requests and running list and search calls the way the API pages them.</summary>
    internal static class Paging
    {
        public const int MaxPerPage = 150;

        public static int CheckPerPage(int perPage)
        {
            if (perPage < 1 || perPage > MaxPerPage) throw ApiException.Invalid($"per_page must be between 1 and {MaxPerPage}", "per_page");
            return perPage;
        }

        /// <summary>A GET list: per_page and starting_after in the query string.</summary>
        public static SearchSpec<T> FromQueryString<T>(ApiContext context, string scope, int defaultPerPage) => new SearchSpec<T>
        {
            Scope = scope,
            PerPage = CheckPerPage(context.QueryInt("per_page", defaultPerPage)),
            StartingAfter = context.QueryValue("starting_after"),
        };

        /// <summary>A search body: {query, pagination: {per_page, starting_after}, sort?}.</summary>
        public static SearchSpec<T> FromSearchBody<T>(ApiContext context, string scope, int defaultPerPage, FieldCatalog<T> fields, DateSemantics dates, bool sortable)
        {
            var body = context.Body;
            if (!body.TryGetProperty("query", out var query) || query.ValueKind == JsonValueKind.Null)
            {
                throw ApiException.Missing("query");
            }
            var spec = new SearchSpec<T> { Scope = scope, PerPage = defaultPerPage, DateFingerprint = dates.Fingerprint };
            try
            {
                spec.Query = SearchQueryParser.Parse(query, fields, dates);
            }
            catch (SearchQueryException ex)
            {
                throw new ApiException(400, ex.Code, ex.Message);
            }

            if (body.TryGetProperty("pagination", out var pagination) && pagination.ValueKind == JsonValueKind.Object)
            {
                if (pagination.TryGetProperty("per_page", out var perPage) && perPage.ValueKind != JsonValueKind.Null)
                {
                    if (perPage.ValueKind != JsonValueKind.Number || !perPage.TryGetInt32(out var size)) throw ApiException.Invalid("per_page must be an integer", "per_page");
                    spec.PerPage = CheckPerPage(size);
                }
                if (pagination.TryGetProperty("starting_after", out var after) && after.ValueKind != JsonValueKind.Null)
                {
                    spec.StartingAfter = after.ValueKind == JsonValueKind.String ? after.GetString() : throw new ApiException(400, "client_error", SearchCursor.InvalidMessage);
                }
            }

            if (sortable && body.TryGetProperty("sort", out var sort) && sort.ValueKind == JsonValueKind.Object)
            {
                var field = sort.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : throw ApiException.Missing("sort.field");
                var definition = fields.Find(field);
                if (definition == null || definition.IsMultiValued) throw ApiException.Invalid($"'{field}' is not a sortable field", "sort.field");
                var order = sort.TryGetProperty("order", out var o) && o.ValueKind != JsonValueKind.Null ? o.GetString() ?? "" : "descending";
                if (order != "ascending" && order != "descending")
                {
                    throw new ApiException(400, "invalid_sort_order", $"Invalid sort order '{order}'. Must be one of: ascending, descending");
                }
                spec.SortField = definition;
                spec.SortDescending = order == "descending";
            }
            return spec;
        }

        public static SearchResult<T> Run<T>(SearchExecutor<T> executor, SearchSpec<T> spec) where T : class, IRecord
        {
            try
            {
                return executor.Execute(spec);
            }
            catch (SearchQueryException ex)
            {
                throw new ApiException(400, ex.Code, ex.Message);
            }
        }

        /// <summary>Writes {type, [itemsName], total_count, pages} for a cursor-paged result.</summary>
        public static ApiResponse ListResponse<T>(string type, string itemsName, SearchResult<T> result, Action<Utf8JsonWriter, T> writeItem) =>
            ApiResponse.Json(w =>
            {
                w.WriteTypedListAnswer(type, itemsName, () => { foreach (var item in result.Items) writeItem(w, item); }, () =>
                {
                    w.WriteNumber("total_count", result.TotalCount);
                    w.WritePages(result.Page, result.PerPage, result.TotalPages, result.NextCursor);
                });
            });

        /// <summary>Cursor for page-numbered lists (companies): base64url of "scope|page".</summary>
        public static string PageToken(string scope, int page) => PositionToken(scope, page);

        public static int PageFromToken(string token, string scope)
        {
            var values = PositionFromToken(token, scope, 1);
            return values[0] <= int.MaxValue ? (int)values[0] : throw new ApiException(400, "client_error", SearchCursor.InvalidMessage);
        }

        /// <summary>An opaque token bound to <paramref name="scope"/> carrying positions (each at least 1): base64url of "scope|v1|v2...".</summary>
        public static string PositionToken(string scope, params long[] values) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(scope + "|" + string.Join("|", values.Select(v => v.ToString(CultureInfo.InvariantCulture)))))
                .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        /// <summary>The <paramref name="count"/> positions of a token made for <paramref name="scope"/>; 400 client_error for any other token.</summary>
        public static long[] PositionFromToken(string token, string scope, int count)
        {
            try
            {
                var base64 = token.Replace('-', '+').Replace('_', '/');
                base64 += new string('=', (4 - base64.Length % 4) % 4);
                var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
                if (text.StartsWith(scope + "|", StringComparison.Ordinal))
                {
                    var parts = text.Substring(scope.Length + 1).Split('|');
                    var values = new long[count];
                    var valid = parts.Length == count;
                    for (var i = 0; valid && i < count; i++)
                    {
                        valid = long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i]) && values[i] >= 1;
                    }
                    if (valid) return values;
                }
            }
            catch (FormatException)
            {
            }
            throw new ApiException(400, "client_error", SearchCursor.InvalidMessage);
        }
    }
}
