using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        /// <remarks>
        /// Every company comes through the scroll (one open per workspace); the first few through POST /companies/list,
        /// which pages by number and leaves nothing open when a reader stops early.
        /// </remarks>
        public static readonly ResourceDescriptor<Company> Companies = new ResourceDescriptor<Company>("Company", "company_id")
            .Gets("companies/{company_id}")
            .Lists("companies/scroll", PagingKind.Scroll, "data")
            .ListsAlso("by_activity", "companies/list", PagingKind.PageNumber, "data", method: "POST", maxPageSize: 50)
            .CachedById();
    }
}
