namespace IntercomPS.Engine.Search
{
    public enum SearchSortOrder
    {
        Ascending,
        Descending,
    }

    /// <summary>
    /// A search body's <c>sort</c>. The spec documents it for contact search (default descending); a chunked read
    /// asks for its date field ascending where the endpoint sorts, so output within a window is in date order.
    /// </summary>
    public sealed class SearchSort(string field, SearchSortOrder order = SearchSortOrder.Ascending)
    {
        public string Field { get; } = string.IsNullOrWhiteSpace(field) ? throw new ArgumentException("The sort field must be named.", nameof(field)) : field;

        public SearchSortOrder Order { get; } = order;

        internal string OrderText => Order == SearchSortOrder.Ascending ? "ascending" : "descending";
    }

    /// <summary>The POST body of a search call, as plain values for the JSON writer.</summary>
    public static class SearchBody
    {
        /// <summary>The largest <c>per_page</c> the search endpoints accept.</summary>
        public const int MaxPerPage = 150;

        /// <summary>
        /// <c>{query, pagination: {per_page, starting_after?}, sort?: {field, order}}</c>; <c>starting_after</c> is
        /// left out on the first page.
        /// </summary>
        public static IDictionary<string, object?> Create(SearchQuery query, int perPage, string? startingAfter, SearchSort? sort = null)
        {
            if (query == null) throw new ArgumentNullException(nameof(query));
            if (perPage < 1 || perPage > MaxPerPage)
            {
                throw new ArgumentOutOfRangeException(nameof(perPage), perPage, $"per_page must be between 1 and {MaxPerPage}.");
            }

            var pagination = new Dictionary<string, object?>(StringComparer.Ordinal) { ["per_page"] = (long)perPage };
            if (startingAfter != null) pagination["starting_after"] = startingAfter;

            var body = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["query"] = query.ToGraph(),
                ["pagination"] = pagination,
            };
            if (sort != null)
            {
                body["sort"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["field"] = sort.Field, ["order"] = sort.OrderText };
            }
            return body;
        }
    }
}
