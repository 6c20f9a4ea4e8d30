namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's teams, all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTeam", HelpUri = HelpUris.Cmdlets + "Get-IntercomTeam.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Team))]
    public sealed class GetIntercomTeamCommand : GetCachedObjectCmdlet<Team>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TeamId", "TeamAssigneeId")]
        [ArgumentCompleter(typeof(TeamIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<Team> Resource => IntercomResources.Teams;
    }
}
