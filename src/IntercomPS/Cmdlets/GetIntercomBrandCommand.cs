namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's brands (each with its Help Center and default sender address), all of them or by id.</summary>
    [IdParameter("BrandId")]
    public sealed partial class GetIntercomBrandCommand : GetCachedObjectCmdlet<Brand>
    {
        internal override ResourceDescriptor<Brand> Resource => IntercomResources.Brands;
    }
}
