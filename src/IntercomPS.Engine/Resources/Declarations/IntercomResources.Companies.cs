using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        /// <summary>What a company's update writes (its company_id cannot change).</summary>
        public const string CompanyChanges = "name plan size website industry custom_attributes=CustomAttribute monthly_spend";

        /// <summary>
        /// Companies. Paths name a company by Intercom's id (<c>{company_id}</c> in the description); the body member
        /// <c>company_id</c> is the id your systems gave it, which POST /companies looks companies up by.
        /// Every company comes through the scroll (one open per workspace); the first few through POST /companies/list,
        /// which pages by number and leaves nothing open when a reader stops early.
        /// </summary>
        public static readonly ResourceDescriptor<Company> Companies = new ResourceDescriptor<Company>("Company", "company_id")
            .Lists("companies", PagingKind.PageNumber, "data", maxPageSize: 60)
            .Gets("companies/{company_id}")
            .ListsAlso("scroll", "companies/scroll", PagingKind.Scroll, "data")
            .ListsAlso("by_activity", "companies/list", PagingKind.PageNumber, "data", method: "POST", maxPageSize: 50)
            .CachedById()
            // Keyed by company_id: sending it twice updates the one company, so a resend cannot make a second.
            .Creates("companies", retryable: true, "company_id", "name", "plan", "size", "website", "industry",
                "custom_attributes=CustomAttribute", "remote_created_at", "monthly_spend", "update_last_request_at")
            .Updates("companies/{company_id}", "PUT", CompanyChanges)
            .Deletes("companies/{company_id}")
            .ListsAlso("contact", "contacts/{contact_id}/companies", PagingKind.PageNumber, "companies")
            // Attaching a contact that is attached already changes nothing, so the request may be resent.
            .Acts("attach", "POST", "contacts/{contact_id}/companies", retryable: true, "id")
            .Acts("detach", "DELETE", "contacts/{contact_id}/companies/{company_id}");

        /// <summary>Notes about a contact or a company, read by id or per contact or company.</summary>
        public static readonly ResourceDescriptor<Note> Notes = new ResourceDescriptor<Note>("Note", "note_id")
            .Gets("notes/{note_id}")
            .ListsAlso("contact", "contacts/{contact_id}/notes", PagingKind.PageNumber, "data")
            .ListsAlso("company", "companies/{company_id}/notes", PagingKind.PageNumber, "data")
            // Each send is one more note: never resent once it may have arrived.
            .Creates("companies/{company_id}/notes", retryable: false, "body", "admin_id");
    }
}
