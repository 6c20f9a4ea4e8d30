using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
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
            var shown = (example.Body as JsonObject)?["pages"] is JsonObject pages && pages["per_page"] is JsonValue value && value.TryGetValue<int>(out var perPage) ? perPage : FallbackPerPage;
            return Math.Max(1, Math.Min(shown, MaxPerPage(operation)));
        }

        public static int MaxPerPage(ApiOperation operation) => operation.MaxPageSize ?? Paging.MaxPerPage;

        public static int CheckPerPage(int perPage, ApiOperation operation)
        {
            var max = MaxPerPage(operation);
            if (perPage < 1 || perPage > max) throw ApiException.Invalid($"per_page must be between 1 and {max}", "per_page");
            return perPage;
        }

        public static ApiResponse Answer(SpecExample example, ApiOperation operation, List<(long Sequence, JsonObject Body)> items, PageRequest request)
        {
            var total = items.Count;
            List<(long Sequence, JsonObject Body)> page;
            int pageNumber;
            int totalPages;
            string? next = null;
            switch (operation.Paging)
            {
                case PagingKind.Cursor:
                case PagingKind.SearchCursor:
                case PagingKind.Scroll:
                    // A token carries the number of the page it asks for and the last sequence number handed out, plus
                    // one (token positions are at least 1): a key, not an offset, so deletes and inserts shift nothing.
                    var position = request.Token == null ? new long[] { 1, 1 } : Paging.PositionFromToken(request.Token, request.Binding, 2);
                    pageNumber = (int)position[0];
                    var after = position[1] - 1;
                    var start = items.FindIndex(item => item.Sequence > after);
                    if (start < 0) start = total;
                    page = items.Skip(start).Take(request.PerPage).ToList();
                    totalPages = (total + request.PerPage - 1) / request.PerPage;
                    var last = page.Count > 0 ? page[page.Count - 1].Sequence : after;
                    // A scroll continues until a page comes back empty, and that page still names the scroll.
                    if (operation.Paging == PagingKind.Scroll || start + page.Count < total)
                    {
                        next = Paging.PositionToken(request.Binding, pageNumber + 1, last + 1);
                    }
                    break;
                case PagingKind.PageNumber:
                    page = items.Skip((request.Page - 1) * request.PerPage).Take(request.PerPage).ToList();
                    pageNumber = request.Page;
                    totalPages = (total + request.PerPage - 1) / request.PerPage;
                    break;
                default:
                    page = items;
                    pageNumber = 1;
                    totalPages = 1;
                    request.PerPage = Math.Max(1, total);
                    break;
            }

            var envelope = example.Body as JsonObject ?? new JsonObject { ["type"] = "list" };
            var itemsMember = operation.ItemsMember ?? "data";
            return ApiResponse.Json(w =>
            {
                w.WriteStartObject();
                var wroteItems = false;
                var wrotePages = false;
                foreach (var member in envelope)
                {
                    if (member.Key == itemsMember)
                    {
                        WriteItems(w, itemsMember, page);
                        wroteItems = true;
                    }
                    else if (member.Key == "pages")
                    {
                        WritePages(w, operation.Paging, pageNumber, request.PerPage, totalPages, next);
                        wrotePages = true;
                    }
                    else if (member.Key == "total_count")
                    {
                        w.WriteNumber("total_count", total);
                    }
                    else if (member.Key == "scroll_param" && operation.Paging == PagingKind.Scroll)
                    {
                        continue;
                    }
                    else
                    {
                        w.WritePropertyName(member.Key);
                        if (member.Value == null) w.WriteNullValue(); else member.Value.WriteTo(w);
                    }
                }
                if (!wroteItems) WriteItems(w, itemsMember, page);
                if (!wrotePages && operation.Paging != PagingKind.WholeList && operation.Paging != PagingKind.Scroll)
                {
                    WritePages(w, operation.Paging, pageNumber, request.PerPage, totalPages, next);
                }
                if (operation.Paging == PagingKind.Scroll) w.WriteString("scroll_param", next);
                w.WriteEndObject();
            });
        }

        private static void WriteItems(Utf8JsonWriter w, string name, List<(long Sequence, JsonObject Body)> page)
        {
            w.WriteStartArray(name);
            foreach (var item in page) item.Body.WriteTo(w);
            w.WriteEndArray();
        }

        /// <summary>Cursor lists name the next page; page-numbered ones give the page count; a scroll has no pages.</summary>
        private static void WritePages(Utf8JsonWriter w, PagingKind paging, int page, int perPage, int totalPages, string? next)
        {
            if (paging == PagingKind.Scroll)
            {
                w.WriteNull("pages");
                return;
            }
            w.WritePages(page, perPage, totalPages, paging == PagingKind.Cursor || paging == PagingKind.SearchCursor ? next : null);
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
