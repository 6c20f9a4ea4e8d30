namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's teams, all or by id.</summary>
    [IdParameter("TeamId", "TeamAssigneeId", Completer = typeof(TeamIdCompleter))]
    public sealed partial class GetIntercomTeamCommand : GetCachedObjectCmdlet<Team>
    {
        internal override ResourceDescriptor<Team> Resource => IntercomResources.Teams;
    }
}
