namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the segments companies are in.</summary>
    public sealed partial class GetIntercomCompanySegmentCommand : CompanyListCmdlet<Segment>
    {
        internal override ResourceDescriptor<Segment> Resource => IntercomResources.Segments;

        internal override ApiOperation ListOperation => IntercomResources.Segments.Action("company");
    }
}
