namespace IntercomPS.Cmdlets
{
    /// <summary>Dismisses a banner for a contact, as if the contact had closed it: the Messenger no longer shows it to them.</summary>
    public sealed partial class HideIntercomContactBannerCommand : SetObjectCmdlet<BannerDismiss>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ContactId { get; set; } = string.Empty;

        /// <summary>The banner's view id; piped banners (Get-IntercomContactBanner's output) bind by their ViewId.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ViewId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.Banners;

        internal override ApiOperation Operation => IntercomResources.Banners.Action("dismiss");

        protected override string Action => "Dismiss banner";

        protected override IReadOnlyDictionary<string, string> TargetValues => PathValues.Of("id", ContactId, "view_id", ViewId);

        protected override string Describe(IReadOnlyDictionary<string, string> values) => $"banner {ViewId} of contact {ContactId}";
    }
}
