using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        public static readonly ResourceDescriptor<Contact> Contacts = new ResourceDescriptor<Contact>("Contact", "contact_id")
            .Gets("contacts/{contact_id}")
            .Lists("contacts", PagingKind.Cursor, "data", maxPageSize: 150)
            .Searches("contacts/search", "data")
            .Acts("by_external_id", "GET", "contacts/find_by_external_id/{external_id}")
            .CachedById();
    }
}
