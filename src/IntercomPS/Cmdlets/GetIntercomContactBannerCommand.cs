namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the banners contacts currently match (what the Messenger would show them).</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContactBanner", HelpUri = HelpUris.Cmdlets + "Get-IntercomContactBanner.md", SupportsPaging = true)]
    [OutputType(typeof(Banner))]
    public sealed class GetIntercomContactBannerCommand : ContactListCmdlet<Banner>
    {
        internal override ResourceDescriptor<Banner> Resource => IntercomResources.Banners;

        internal override ApiOperation ListOperation => IntercomResources.Banners.Action("contact");
    }
}
