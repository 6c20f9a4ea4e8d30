namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's segments, all or by id.</summary>
    [IdParameter("SegmentId")]
    public sealed partial class GetIntercomSegmentCommand : GetCachedObjectCmdlet<Segment>
    {
        internal override ResourceDescriptor<Segment> Resource => IntercomResources.Segments;
    }
}
