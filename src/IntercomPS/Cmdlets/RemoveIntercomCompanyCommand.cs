namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Deletes companies (ConfirmImpact High: asks unless -Force). Intercom archives the company and detaches its
    /// contacts, who stay. A company that is already gone counts as unchanged, so a rerun is clean.
    /// </summary>
    [CmdletOptions(DefaultParameterSetName = IdSet)]
    [OutputType(typeof(void))]
    public sealed partial class RemoveIntercomCompanyCommand : CompanyChangeCmdlet<DeletedCompanyObject>
    {
        protected override bool WritesResults => false;

        protected override string Action => "Delete the company (its contacts are detached, not deleted)";
    }
}
