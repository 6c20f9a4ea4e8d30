using IntercomPS.Engine.Search;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Searches contacts: Intercom's query DSL (-Query), or the conveniences -Email and -Role, over an optional date
    /// range on a chosen date field (-DateField), chunked with -ChunkDays.
    /// </summary>
    [OutputType(typeof(Contact), typeof(string))]
    [SearchQueryParameters]
    public sealed partial class SearchIntercomContactCommand : ResourceSearchCmdlet<Contact>
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Email { get; set; }

        [Parameter]
        [ValidateSet("user", "lead")]
        public string? Role { get; set; }

        /// <summary>The date field -Since/-Until apply to.</summary>
        [Parameter]
        [ValidateRangeField("Contact")]
        [ArgumentCompleter(typeof(ContactRangeFieldCompleter))]
        public string DateField { get; set; } = "created_at";

        /// <summary>Sort field (without a range; a range is read in ascending -DateField order).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContactFieldCompleter))]
        public string? Sort { get; set; }

        [Parameter]
        public SwitchParameter Descending { get; set; }
        protected override string[] RangeOnlyParameters => new[] { nameof(Until), nameof(ChunkDays), nameof(DateField) };

        internal override SearchableResource<Contact> Searched => ActiveConnection.Contacts;

        protected override void EndProcessing() => SearchOrShowQuery(ShowQuery.IsPresent, "-Filter, -Query, -Email, -Role", "contacts");

        internal override SearchRequest BuildRequest()
        {
            var request = QueryRequest(IntercomResources.Contacts.SearchFields!, Query, Filter,
                Email != null ? ContactQueries.ByEmail(Email) : null,
                Role != null ? new SearchQuery(new SearchFilter("role", SearchOperators.Equal, Role)) : null);
            request.DateField = DateField;
            if (Sort != null) request.Sort = new SearchSort(Sort, Descending.IsPresent ? SearchSortOrder.Descending : SearchSortOrder.Ascending);
            return request;
        }
    }
}
