using System.Text.Json.Nodes;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Sandbox.Json;
using IntercomPS.Sandbox.Routes;

namespace IntercomPS.Sandbox.Generic
{
    /// <summary>What one list request asks for: page size and position, as its paging kind sends them.</summary>
    internal sealed class PageRequest
    {
        public int PerPage { get; set; }

        /// <summary>A cursor or scroll token (opaque: collection, query and the last sequence number handed out).</summary>
        public string? Token { get; set; }

        /// <summary>1-based, for page-numbered lists.</summary>
        public int Page { get; set; } = 1;

        /// <summary>What a token is bound to: the route, the collection and the query.</summary>
        public string Binding { get; set; } = "";

        /// <summary>For lists that link their next page: the request's path and query, less its page token.</summary>
        public string LinkBase { get; set; } = "";
    }

    /// <summary>One page of a collection, copied out of its store, and where it stands.</summary>
    internal sealed class PageSelection
    {
        public List<JsonObject> Items { get; set; } = new List<JsonObject>();
        public int Total { get; set; }
        public int Page { get; set; }
        public int PerPage { get; set; }
        public int TotalPages { get; set; }

        /// <summary>The token of the next page (cursor or scroll); null on a cursor list's last page.</summary>
        public string? Next { get; set; }
    }

    /// <summary>
    /// Answers a list in its declared paging kind, in the envelope of the operation's example answer (its type and
    /// other members kept; the items, <c>total_count</c> where the example has it, and the page information
    /// replaced): whole, by cursor (<c>pages.next.starting_after</c>), by page number (<c>pages.total_pages</c>) or by
    /// scroll (<c>scroll_param</c> until a page comes back empty).
    /// </summary>
    internal static class CollectionPages
    {
        private const int FallbackPerPage = 50;

        /// <summary>The page size the example answer shows (<c>pages.per_page</c>), else 50; within what the operation accepts.</summary>
        public static int DefaultPerPage(SpecExample example, ApiOperation operation)
        {
            var shown = (example.NewBody() as JsonObject)?["pages"] is JsonObject pages && pages["per_page"] is JsonValue value && value.TryGetValue<int>(out var perPage) ? perPage : FallbackPerPage;
            return Math.Max(1, Math.Min(shown, MaxPerPage(operation)));
        }

        public static int MaxPerPage(ApiOperation operation) => operation.MaxPageSize ?? Paging.MaxPerPage;

        public static int CheckPerPage(int perPage, ApiOperation operation)
        {
            var max = MaxPerPage(operation);
            if (perPage < 1 || perPage > max) throw ApiException.Invalid($"per_page must be between 1 and {max}", "per_page");
            return perPage;
        }

        /// <summary>The page a request asks for out of a collection's objects (in order), copied: only the page is.</summary>
        public static PageSelection Select(ApiOperation operation, IReadOnlyList<StoredObject> items, PageRequest request)
        {
            var selection = new PageSelection { Total = items.Count, PerPage = request.PerPage };
            IEnumerable<StoredObject> page;
            switch (operation.Paging)
            {
                case PagingKind.Cursor:
                case PagingKind.SearchCursor:
                case PagingKind.Scroll:
                case PagingKind.QueryCursor:
                case PagingKind.NextLink:
                    // A token carries the number of the page it asks for and the last sequence number handed out, plus
                    // one (token positions are at least 1): a key, not an offset, so deletes and inserts shift nothing.
                    var position = request.Token == null ? new long[] { 1, 1 } : Paging.PositionFromToken(request.Token, request.Binding, 2);
                    selection.Page = (int)position[0];
                    var after = position[1] - 1;
                    var start = 0;
                    while (start < items.Count && items[start].Sequence <= after) start++;
                    var taken = items.Skip(start).Take(request.PerPage).ToList();
                    page = taken;
                    selection.TotalPages = (items.Count + request.PerPage - 1) / request.PerPage;
                    var last = taken.Count > 0 ? taken[taken.Count - 1].Sequence : after;
                    // A scroll continues until a page comes back empty, and that page still names the scroll.
                    if (operation.Paging == PagingKind.Scroll || start + taken.Count < items.Count)
                    {
                        selection.Next = Paging.PositionToken(request.Binding, selection.Page + 1, last + 1);
                    }
                    break;
                case PagingKind.PageNumber:
                    page = items.Skip((request.Page - 1) * request.PerPage).Take(request.PerPage);
                    selection.Page = request.Page;
                    selection.TotalPages = (items.Count + request.PerPage - 1) / request.PerPage;
                    break;
                default:
                    page = items;
                    selection.Page = 1;
                    selection.TotalPages = 1;
                    selection.PerPage = Math.Max(1, items.Count);
                    break;
            }
            selection.Items = page.Select(item => (JsonObject)item.Body.DeepClone()).ToList();
            return selection;
        }

        /// <summary>The items of a list answer: a member of its own, or an array inside an object member (<c>data.articles</c>).</summary>
        public static JsonArray? ItemsIn(JsonObject? answer, string? itemsMember)
        {
            var path = (itemsMember ?? "data").Split('.');
            JsonNode? node = answer;
            foreach (var name in path) node = (node as JsonObject)?[name];
            return node as JsonArray;
        }

        public static ApiResponse Answer(SpecExample example, ApiOperation operation, PageSelection page, string linkBase = "")
        {
            var envelope = example.NewBody() as JsonObject ?? new JsonObject { ["type"] = "list" };
            var itemsMember = operation.ItemsMember ?? "data";
            var dot = itemsMember.IndexOf('.');
            var nested = dot > 0;
            if (nested)
            {
                // Items inside an object member (data.articles of a search): the member keeps its other members.
                var outer = itemsMember.Substring(0, dot);
                if (!(envelope[outer] is JsonObject holder)) envelope[outer] = holder = new JsonObject();
                holder[itemsMember.Substring(dot + 1)] = new JsonArray(page.Items.Select(item => (JsonNode?)item).ToArray());
            }
            return ApiResponse.Json(w =>
            {
                w.WriteStartObject();
                var wroteItems = false;
                var wrotePages = false;
                foreach (var member in envelope)
                {
                    if (member.Key == itemsMember)
                    {
                        WriteItems(w, itemsMember, page.Items);
                        wroteItems = true;
                    }
                    else if (member.Key == "pages")
                    {
                        WritePages(w, operation.Paging, page, linkBase);
                        wrotePages = true;
                    }
                    else if (member.Key == "total_count")
                    {
                        w.WriteNumber("total_count", page.Total);
                    }
                    else if (member.Key == "scroll_param" && operation.Paging == PagingKind.Scroll)
                    {
                        continue;
                    }
                    else if ((member.Key == "next_cursor" || member.Key == "has_more") && operation.Paging == PagingKind.QueryCursor)
                    {
                        continue;
                    }
                    else
                    {
                        w.WritePropertyName(member.Key);
                        if (member.Value == null) w.WriteNullValue(); else member.Value.WriteTo(w);
                    }
                }
                if (!wroteItems && !nested) WriteItems(w, itemsMember, page.Items);
                if (!wrotePages && operation.Paging != PagingKind.WholeList && operation.Paging != PagingKind.Scroll && operation.Paging != PagingKind.QueryCursor)
                {
                    WritePages(w, operation.Paging, page, linkBase);
                }
                if (operation.Paging == PagingKind.Scroll) w.WriteString("scroll_param", page.Next);
                if (operation.Paging == PagingKind.QueryCursor)
                {
                    w.WriteString("next_cursor", page.Next);
                    w.WriteBoolean("has_more", page.Next != null);
                }
                w.WriteEndObject();
            });
        }

        private static void WriteItems(Utf8JsonWriter w, string name, List<JsonObject> items)
        {
            w.WriteStartArray(name);
            foreach (var item in items) item.WriteTo(w);
            w.WriteEndArray();
        }

        /// <summary>Cursor lists name the next page; page-numbered ones give the page count; a scroll has no pages.</summary>
        private static void WritePages(Utf8JsonWriter w, PagingKind paging, PageSelection page, string linkBase)
        {
            if (paging == PagingKind.Scroll)
            {
                w.WriteNull("pages");
                return;
            }
            if (paging == PagingKind.NextLink)
            {
                // Intercom links the next page (GET /events); the last page links none.
                w.WriteStartObject("pages");
                if (page.Next != null) w.WriteString("next", linkBase + (linkBase.Contains("?") ? "&" : "?") + "starting_after=" + Uri.EscapeDataString(page.Next));
                w.WriteEndObject();
                return;
            }
            w.WritePages(page.Page, page.PerPage, page.TotalPages, paging == PagingKind.Cursor || paging == PagingKind.SearchCursor ? page.Next : null);
        }

        /// <summary>A short stable fingerprint (FNV-1a, 64 bits) of a query, so cursors stay short however long the query is.</summary>
        public static string Fingerprint(string text)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in text)
            {
                hash ^= c;
                hash *= 1099511628211UL;
            }
            return hash.ToString("x16", CultureInfo.InvariantCulture);
        }
    }
}
