namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Attaches contacts to a company (a contact may belong to several). Attaching a contact that is attached already
    /// changes nothing, so a rerun is safe.
    /// </summary>
    public sealed partial class AddIntercomCompanyContactCommand : CompanyContactCmdlet
    {
        internal override ApiOperation Operation => IntercomResources.Companies.Action("attach");

        protected override string Action => $"Attach to the company with company_id '{CompanyId}'";

        protected override void PlaceCompany(IDictionary<string, string> values, IDictionary<string, object?> body, string intercomId) => body["id"] = intercomId;
    }
}
