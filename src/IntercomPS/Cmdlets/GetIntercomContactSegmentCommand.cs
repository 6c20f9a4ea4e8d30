namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the segments contacts are in.</summary>
    public sealed partial class GetIntercomContactSegmentCommand : ContactListCmdlet<Segment>
    {
        internal override ResourceDescriptor<Segment> Resource => IntercomResources.Segments;

        internal override ApiOperation ListOperation => IntercomResources.Segments.Action("contact");
    }
}
