namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's admins (teammates), all or by id.</summary>
    [IdParameter("AdminId", "AdminAssigneeId", Completer = typeof(AdminIdCompleter))]
    public sealed partial class GetIntercomAdminCommand : GetCachedObjectCmdlet<Admin>
    {
        internal override ResourceDescriptor<Admin> Resource => IntercomResources.Admins;
    }
}
