namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's teams, all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTeam", HelpUri = HelpUris.Cmdlets + "Get-IntercomTeam.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Team))]
    [IdParameter("TeamId", "TeamAssigneeId", Completer = typeof(TeamIdCompleter))]
    public sealed partial class GetIntercomTeamCommand : GetCachedObjectCmdlet<Team>
    {
        internal override ResourceDescriptor<Team> Resource => IntercomResources.Teams;
    }
}
