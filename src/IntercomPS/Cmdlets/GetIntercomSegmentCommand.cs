using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's segments, all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomSegment", HelpUri = HelpUris.Cmdlets + "Get-IntercomSegment.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Segment))]
    public sealed class GetIntercomSegmentCommand : GetObjectCmdlet<Segment>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("SegmentId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Asks Intercom even when the session cache holds the objects (the answer still refreshes the cache).</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override string[] Ids => Id;

        protected override bool BypassCache => NoCache.IsPresent;

        internal override ResourceDescriptor<Segment> Resource => IntercomResources.Segments;
    }
}
