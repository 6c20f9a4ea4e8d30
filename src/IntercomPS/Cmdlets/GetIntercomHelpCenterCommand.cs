namespace IntercomPS.Cmdlets
{
    /// <summary>Gets help centers, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomHelpCenter", HelpUri = HelpUris.Cmdlets + "Get-IntercomHelpCenter.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(HelpCenter))]
    [IdParameter("HelpCenterId")]
    public sealed partial class GetIntercomHelpCenterCommand : GetCachedObjectCmdlet<HelpCenter>
    {
        internal override ResourceDescriptor<HelpCenter> Resource => IntercomResources.HelpCenters;
    }
}
