namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each news item; the fields not given stay as they are.</summary>
    [IdParameter("NewsItemId", ValueFromPipeline = false)]
    [OptionalParametersOf(typeof(NewIntercomNewsItemCommand))]
    public sealed partial class SetIntercomNewsItemCommand : SetObjectCmdlet<NewsItem>
    {
        internal override ResourceDescriptor Resource => IntercomResources.NewsItems;
    }
}
