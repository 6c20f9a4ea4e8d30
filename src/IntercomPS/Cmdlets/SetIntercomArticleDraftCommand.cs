namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Stages changes to published articles as their draft: customers keep seeing the published article until
    /// Publish-IntercomArticleDraft. The fields not given stay as they are.
    /// </summary>
    public sealed partial class SetIntercomArticleDraftCommand : ArticleChangeCmdlet
    {
        internal override ApiOperation Operation => IntercomResources.Articles.Action("stage_draft");

        protected override string Action => "Stage draft of article";
    }
}
