namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's segments, all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomSegment", HelpUri = HelpUris.Cmdlets + "Get-IntercomSegment.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Segment))]
    [IdParameter("SegmentId")]
    public sealed partial class GetIntercomSegmentCommand : GetCachedObjectCmdlet<Segment>
    {
        internal override ResourceDescriptor<Segment> Resource => IntercomResources.Segments;
    }
}
