namespace IntercomPS.Cmdlets
{
    /// <summary>Gets audiences, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomAudience", HelpUri = HelpUris.Cmdlets + "Get-IntercomAudience.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Audience))]
    [IdParameter("AudienceId")]
    public sealed partial class GetIntercomAudienceCommand : GetObjectCmdlet<Audience>
    {
        internal override ResourceDescriptor<Audience> Resource => IntercomResources.Audiences;
    }
}
