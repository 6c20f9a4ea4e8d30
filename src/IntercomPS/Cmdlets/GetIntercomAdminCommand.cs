using System.Management.Automation;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's admins (teammates), all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomAdmin", HelpUri = HelpUris.Cmdlets + "Get-IntercomAdmin.md", DefaultParameterSetName = AllSet)]
    [OutputType(typeof(Admin))]
    public sealed class GetIntercomAdminCommand : GetResourceCmdlet<Admin>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("AdminId", "AdminAssigneeId")]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceCollection<Admin> CollectionOf(IntercomConnection connection) => connection.Admins;
    }

    /// <summary>Gets the workspace's teams, all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTeam", HelpUri = HelpUris.Cmdlets + "Get-IntercomTeam.md", DefaultParameterSetName = AllSet)]
    [OutputType(typeof(Team))]
    public sealed class GetIntercomTeamCommand : GetResourceCmdlet<Team>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TeamId", "TeamAssigneeId")]
        [ArgumentCompleter(typeof(TeamIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceCollection<Team> CollectionOf(IntercomConnection connection) => connection.Teams;
    }

    /// <summary>Gets the workspace's tags, all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTag", HelpUri = HelpUris.Cmdlets + "Get-IntercomTag.md", DefaultParameterSetName = AllSet)]
    [OutputType(typeof(Tag))]
    public sealed class GetIntercomTagCommand : GetResourceCmdlet<Tag>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TagId")]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceCollection<Tag> CollectionOf(IntercomConnection connection) => connection.Tags;
    }

    /// <summary>Gets the workspace's segments, all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomSegment", HelpUri = HelpUris.Cmdlets + "Get-IntercomSegment.md", DefaultParameterSetName = AllSet)]
    [OutputType(typeof(Segment))]
    public sealed class GetIntercomSegmentCommand : GetResourceCmdlet<Segment>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("SegmentId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceCollection<Segment> CollectionOf(IntercomConnection connection) => connection.Segments;
    }
}
