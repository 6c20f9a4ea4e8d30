namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's segments, all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomSegment", HelpUri = HelpUris.Cmdlets + "Get-IntercomSegment.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Segment))]
    public sealed class GetIntercomSegmentCommand : GetCachedObjectCmdlet<Segment>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("SegmentId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<Segment> Resource => IntercomResources.Segments;
    }
}
