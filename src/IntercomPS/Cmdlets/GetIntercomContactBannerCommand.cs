namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the banners contacts currently match (what the Messenger would show them).</summary>
    public sealed partial class GetIntercomContactBannerCommand : ContactListCmdlet<Banner>
    {
        internal override ResourceDescriptor<Banner> Resource => IntercomResources.Banners;

        internal override ApiOperation ListOperation => IntercomResources.Banners.Action("contact");
    }
}
