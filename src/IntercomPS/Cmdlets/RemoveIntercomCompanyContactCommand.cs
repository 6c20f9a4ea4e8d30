using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Detaches contacts from a company; the contacts and the company stay.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomCompanyContact", HelpUri = HelpUris.Cmdlets + "Remove-IntercomCompanyContact.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Company))]
    public sealed class RemoveIntercomCompanyContactCommand : CompanyContactCmdlet
    {
        /// <summary>Writes the company after each detach.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        internal override ApiOperation Operation => IntercomResources.Companies.Action("detach");

        protected override string Action => $"Detach from the company with company_id '{CompanyId}'";

        internal override ChangePreparation? Preparation
        {
            get
            {
                var companyId = CompanyId;
                var companies = CompanyIds;
                return async (values, body, token) => values["company_id"] = await companies.IntercomIdAsync(companyId, token).ConfigureAwait(false);
            }
        }
    }
}
