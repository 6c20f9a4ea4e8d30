namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each article; the fields not given stay as they are.</summary>
    public sealed partial class SetIntercomArticleCommand : ArticleChangeCmdlet
    {
        internal override ApiOperation Operation => IntercomResources.Articles.Update!;
    }
}
