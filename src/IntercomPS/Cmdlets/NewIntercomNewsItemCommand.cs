namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a news item; its fields bind by property name, so objects read from another workspace can be piped in.</summary>
    [FieldParameters(RequestBodies.CreateNewsItem, IntercomResources.NewsItemFields)]
    public sealed partial class NewIntercomNewsItemCommand : ObjectChangeCmdlet<NewsItem>
    {
        internal override ResourceDescriptor Resource => IntercomResources.NewsItems;
    }
}
