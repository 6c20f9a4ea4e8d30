using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's teams, all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTeam", HelpUri = HelpUris.Cmdlets + "Get-IntercomTeam.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Team))]
    public sealed class GetIntercomTeamCommand : GetObjectCmdlet<Team>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TeamId", "TeamAssigneeId")]
        [ArgumentCompleter(typeof(TeamIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Asks Intercom even when the session cache holds the objects (the answer still refreshes the cache).</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override string[] Ids => Id;

        protected override bool BypassCache => NoCache.IsPresent;

        internal override ResourceDescriptor<Team> Resource => IntercomResources.Teams;
    }
}
