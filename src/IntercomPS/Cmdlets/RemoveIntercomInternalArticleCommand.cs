namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes internal articles. ConfirmImpact High: a deleted internal article cannot be brought back.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomInternalArticle", HelpUri = HelpUris.Cmdlets + "Remove-IntercomInternalArticle.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomInternalArticleCommand : ObjectChangeCmdlet<InternalArticle>
    {
        /// <summary>Bound from piped objects by InternalArticleId only (not Id), so piping another kind of object deletes nothing.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string InternalArticleId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.InternalArticles;

        internal override ApiOperation Operation => IntercomResources.InternalArticles.Delete!;

        protected override string AddressedId => InternalArticleId;
    }
}
