namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes news items. ConfirmImpact High: a deleted news item cannot be brought back.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomNewsItem", HelpUri = HelpUris.Cmdlets + "Remove-IntercomNewsItem.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomNewsItemCommand : ObjectChangeCmdlet<NewsItem>
    {
        /// <summary>Bound from piped objects by NewsItemId only (not Id), so piping another kind of object deletes nothing.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string NewsItemId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.NewsItems;

        internal override ApiOperation Operation => IntercomResources.NewsItems.Delete!;

        protected override string AddressedId => NewsItemId;
    }
}
