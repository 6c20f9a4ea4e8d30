namespace IntercomPS.Cmdlets
{
    /// <summary>Detaches contacts from a company; the contacts and the company stay.</summary>
    [CmdletOptions(ConfirmImpact.Medium)]
    public sealed partial class RemoveIntercomCompanyContactCommand : CompanyContactCmdlet
    {
        internal override ApiOperation Operation => IntercomResources.Companies.Action("detach");

        protected override string Action => $"Detach from the company with company_id '{CompanyId}'";

        protected override void PlaceCompany(IDictionary<string, string> values, IDictionary<string, object?> body, string intercomId) => values["company_id"] = intercomId;
    }
}
