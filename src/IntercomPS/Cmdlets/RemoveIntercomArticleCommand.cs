namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes articles. ConfirmImpact High: a deleted article cannot be brought back.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomArticle", HelpUri = HelpUris.Cmdlets + "Remove-IntercomArticle.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomArticleCommand : ObjectChangeCmdlet<Article>
    {
        /// <summary>Bound from piped objects by ArticleId only (not Id), so piping another kind of object deletes nothing.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ArticleId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.Articles;

        internal override ApiOperation Operation => IntercomResources.Articles.Delete!;

        protected override string AddressedId => ArticleId;
    }
}
