namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each article; the fields not given stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomArticle", HelpUri = HelpUris.Cmdlets + "Set-IntercomArticle.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Article))]
    public sealed class SetIntercomArticleCommand : ArticleChangeCmdlet
    {
        internal override ApiOperation Operation => IntercomResources.Articles.Update!;
    }
}
