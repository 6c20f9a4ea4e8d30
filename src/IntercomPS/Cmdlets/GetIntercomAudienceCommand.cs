namespace IntercomPS.Cmdlets
{
    /// <summary>Gets audiences, all of them (page by page) or by id.</summary>
    [IdParameter("AudienceId")]
    public sealed partial class GetIntercomAudienceCommand : GetObjectCmdlet<Audience>
    {
        internal override ResourceDescriptor<Audience> Resource => IntercomResources.Audiences;
    }
}
