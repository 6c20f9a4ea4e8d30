using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Attaches contacts to a company (a contact may belong to several). Attaching a contact that is attached already
    /// changes nothing, so a rerun is safe.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "IntercomCompanyContact", HelpUri = HelpUris.Cmdlets + "Add-IntercomCompanyContact.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Company))]
    public sealed class AddIntercomCompanyContactCommand : CompanyContactCmdlet
    {
        /// <summary>Writes the company after each attach.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        internal override ApiOperation Operation => IntercomResources.Companies.Action("attach");

        protected override string Action => $"Attach to the company with company_id '{CompanyId}'";

        internal override ChangePreparation? Preparation
        {
            get
            {
                var companyId = CompanyId;
                var companies = CompanyIds;
                return async (values, body, token) => body["id"] = await companies.IntercomIdAsync(companyId, token).ConfigureAwait(false);
            }
        }
    }
}
