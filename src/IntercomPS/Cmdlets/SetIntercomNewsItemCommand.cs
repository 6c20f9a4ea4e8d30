namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each news item; the fields not given stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomNewsItem", HelpUri = HelpUris.Cmdlets + "Set-IntercomNewsItem.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(NewsItem))]
    [IdParameter("NewsItemId", ValueFromPipeline = false)]
    [OptionalParametersOf(typeof(NewIntercomNewsItemCommand))]
    public sealed partial class SetIntercomNewsItemCommand : SetObjectCmdlet<NewsItem>
    {
        internal override ResourceDescriptor Resource => IntercomResources.NewsItems;
    }
}
