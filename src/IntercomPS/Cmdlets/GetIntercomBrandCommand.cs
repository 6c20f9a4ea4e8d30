namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's brands (each with its Help Center and default sender address), all of them or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomBrand", HelpUri = HelpUris.Cmdlets + "Get-IntercomBrand.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Brand))]
    public sealed class GetIntercomBrandCommand : GetCachedObjectCmdlet<Brand>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("BrandId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<Brand> Resource => IntercomResources.Brands;
    }
}
