namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's admins (teammates), all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomAdmin", HelpUri = HelpUris.Cmdlets + "Get-IntercomAdmin.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Admin))]
    [IdParameter("AdminId", "AdminAssigneeId", Completer = typeof(AdminIdCompleter))]
    public sealed partial class GetIntercomAdminCommand : GetCachedObjectCmdlet<Admin>
    {
        internal override ResourceDescriptor<Admin> Resource => IntercomResources.Admins;
    }
}
