namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the contacts attached to companies, as contacts that chain into the contact cmdlets.</summary>
    public sealed partial class GetIntercomCompanyContactCommand : CompanyListCmdlet<Contact>
    {
        internal override ResourceDescriptor<Contact> Resource => IntercomResources.Contacts;

        internal override ApiOperation ListOperation => IntercomResources.Contacts.Action("company");
    }
}
