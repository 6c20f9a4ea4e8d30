namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the companies contacts are attached to.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContactCompany", HelpUri = HelpUris.Cmdlets + "Get-IntercomContactCompany.md", SupportsPaging = true)]
    [OutputType(typeof(Company))]
    public sealed class GetIntercomContactCompanyCommand : ContactListCmdlet<Company>
    {
        internal override ResourceDescriptor<Company> Resource => IntercomResources.Companies;

        internal override ApiOperation ListOperation => IntercomResources.Companies.Action("contact");
    }
}
