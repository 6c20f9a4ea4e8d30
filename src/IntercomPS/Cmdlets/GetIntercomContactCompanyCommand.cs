namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the companies contacts are attached to.</summary>
    public sealed partial class GetIntercomContactCompanyCommand : ContactListCmdlet<Company>
    {
        internal override ResourceDescriptor<Company> Resource => IntercomResources.Companies;

        internal override ApiOperation ListOperation => IntercomResources.Companies.Action("contact");
    }
}
