namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the segments companies are in.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomCompanySegment", HelpUri = HelpUris.Cmdlets + "Get-IntercomCompanySegment.md", SupportsPaging = true)]
    [OutputType(typeof(Segment))]
    public sealed class GetIntercomCompanySegmentCommand : CompanyListCmdlet<Segment>
    {
        internal override ResourceDescriptor<Segment> Resource => IntercomResources.Segments;

        internal override ApiOperation ListOperation => IntercomResources.Segments.Action("company");
    }
}
