namespace IntercomPS.Cmdlets
{
    /// <summary>Gets help centers, all of them (page by page) or by id.</summary>
    [IdParameter("HelpCenterId")]
    public sealed partial class GetIntercomHelpCenterCommand : GetCachedObjectCmdlet<HelpCenter>
    {
        internal override ResourceDescriptor<HelpCenter> Resource => IntercomResources.HelpCenters;
    }
}
