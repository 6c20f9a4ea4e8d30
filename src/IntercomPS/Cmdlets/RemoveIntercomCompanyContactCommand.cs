namespace IntercomPS.Cmdlets
{
    /// <summary>Detaches contacts from a company; the contacts and the company stay.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomCompanyContact", HelpUri = HelpUris.Cmdlets + "Remove-IntercomCompanyContact.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Company))]
    public sealed class RemoveIntercomCompanyContactCommand : CompanyContactCmdlet
    {
        internal override ApiOperation Operation => IntercomResources.Companies.Action("detach");

        protected override string Action => $"Detach from the company with company_id '{CompanyId}'";

        protected override void PlaceCompany(IDictionary<string, string> values, IDictionary<string, object?> body, string intercomId) => values["company_id"] = intercomId;
    }
}
