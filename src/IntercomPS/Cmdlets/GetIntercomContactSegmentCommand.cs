namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the segments contacts are in.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContactSegment", HelpUri = HelpUris.Cmdlets + "Get-IntercomContactSegment.md", SupportsPaging = true)]
    [OutputType(typeof(Segment))]
    public sealed class GetIntercomContactSegmentCommand : ContactListCmdlet<Segment>
    {
        internal override ResourceDescriptor<Segment> Resource => IntercomResources.Segments;

        internal override ApiOperation ListOperation => IntercomResources.Segments.Action("contact");
    }
}
